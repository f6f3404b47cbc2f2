package dev.evergreen.finding;

import java.nio.file.Path;

/** The site configuration or the build options are unusable: exit code 2, nothing is written. */
public class ConfigException extends EvergreenException {

    public ConfigException(Path file, int line, String message) {
        super(file, line, message, null);
    }

    public ConfigException(Path file, int line, String message, Throwable cause) {
        super(file, line, message, cause);
    }
}
