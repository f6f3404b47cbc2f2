package dev.evergreen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar evergreen.jar <command>}. Exit codes: 0 built with no errors, 1 content or link
 * errors, 2 usage or configuration errors.
 */
@Command(name = "evergreen", mixinStandardHelpOptions = true, version = "Evergreen 0.1.0",
        description = "Builds a developer site from Markdown and checks every link.",
        subcommands = {BuildCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI without exiting, for tests and embedding. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("evergreen: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE_ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'evergreen build --help'");
    }
}
