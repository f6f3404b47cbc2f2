package dev.evergreen.parse;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * Reads the dates Hexo, Jekyll and Hugo authors write: a day, a day and a time (with {@code T} or a
 * space, seconds optional), and an optional offset ({@code Z}, {@code +08:00}, {@code +0800}). A date
 * without an offset is a wall-clock time in the site's zone.
 */
final class FrontMatterDates {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendPattern("[XXX][XX][X]").optionalEnd()
            .optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private final ZoneId zone;

    FrontMatterDates(ZoneId zone) {
        this.zone = zone;
    }

    Optional<ZonedDateTime> read(String text) {
        String value = text.strip();
        // YAML and Hugo allow a space between day and time; the formatter only knows 'T'.
        if (value.length() > 10 && value.charAt(10) == ' ') {
            value = value.substring(0, 10) + 'T' + value.substring(11).stripLeading();
        }
        try {
            TemporalAccessor parsed = FORMAT.parse(value);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return Optional.of(OffsetDateTime.from(parsed).toZonedDateTime());
            }
            return Optional.of(LocalDateTime.from(parsed).atZone(zone));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
