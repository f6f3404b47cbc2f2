package dev.evergreen.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A tag's arguments as Nunjucks splits them for Hexo: on blanks, a quoted string being one argument
 * without its outer quotes ({@code '"title" "alt"'} stays {@code "title" "alt"}, which {@code img} reads).
 */
final class HexoTagArgs {

    private HexoTagArgs() {
    }

    static List<String> split(String text) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '"' || c == '\'') && current.isEmpty()) {
                int close = text.indexOf(c, i + 1);
                if (close > 0) {
                    args.add(text.substring(i + 1, close));
                    i = close;
                    continue;
                }
            }
            if (Character.isWhitespace(c)) {
                if (started) {
                    args.add(current.toString());
                    current.setLength(0);
                    started = false;
                }
            } else {
                current.append(c);
                started = true;
            }
        }
        if (started) {
            args.add(current.toString());
        }
        return args;
    }
}
