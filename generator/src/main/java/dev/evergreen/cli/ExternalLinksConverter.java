package dev.evergreen.cli;

import dev.evergreen.build.BuildOptions;
import picocli.CommandLine;

import java.util.Locale;

/** Reads {@code check} or {@code skip}, as users type them. */
final class ExternalLinksConverter implements CommandLine.ITypeConverter<BuildOptions.ExternalLinks> {

    @Override
    public BuildOptions.ExternalLinks convert(String value) {
        try {
            return BuildOptions.ExternalLinks.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("expected check or skip, got '" + value + "'");
        }
    }
}
