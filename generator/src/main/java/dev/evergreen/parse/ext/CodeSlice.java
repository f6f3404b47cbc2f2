package dev.evergreen.parse.ext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a file a code block shows: all of it, a line range, or a named region. Region markers are
 * comments in the file's own language: {@code // region name} … {@code // endregion} (Java, JavaScript,
 * Kotlin, C#'s {@code #region}), {@code # region name} (shell, YAML, Python), {@code <!-- region name -->}
 * (HTML, XML). Markers of other regions inside the one shown are left out, and the region is dedented.
 */
final class CodeSlice {

    private static final String COMMENT = "^\\s*(?://|#|<!--|/\\*|--)\\s*#?";
    private static final Pattern ANY_MARKER = Pattern.compile(COMMENT + "(?:end)?region\\b.*");
    private static final Pattern END = Pattern.compile(COMMENT + "endregion\\b.*");

    private CodeSlice() {
    }

    /** Lines {@code from} to {@code to}, 1-based and inclusive; empty when the range is outside the file. */
    static Optional<String> lines(List<String> file, int from, int to) {
        if (from < 1 || to < from || to > file.size()) {
            return Optional.empty();
        }
        return Optional.of(join(file.subList(from - 1, to)));
    }

    /** The lines between {@code region name} and its {@code endregion}; empty when the file has no such region. */
    static Optional<String> region(List<String> file, String name) {
        Pattern start = Pattern.compile(COMMENT + "region\\s+" + Pattern.quote(name) + "(?:\\s|-->|\\*/|$).*");
        int first = -1;
        for (int i = 0; i < file.size(); i++) {
            if (start.matcher(file.get(i)).matches()) {
                first = i + 1;
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        List<String> body = new ArrayList<>();
        int depth = 0;
        for (int i = first; i < file.size(); i++) {
            String line = file.get(i);
            Matcher end = END.matcher(line);
            if (end.matches()) {
                if (depth == 0) {
                    return Optional.of(join(dedent(body)));
                }
                depth--;
            } else if (ANY_MARKER.matcher(line).matches()) {
                depth++;
            } else {
                body.add(line);
            }
        }
        return Optional.empty();
    }

    static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static List<String> dedent(List<String> lines) {
        int common = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(common)).toList();
    }
}
