package dev.evergreen.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the link cache: a strict reader into a small value tree, and string quoting
 * for the writer. The cache owns its format; this only spares it a dependency.
 */
final class CacheJson {

    /** A JSON value. Numbers, booleans and null keep their text: the cache only needs to see them. */
    sealed interface Value {
    }

    record Obj(Map<String, Value> members) implements Value {
    }

    record Arr(List<Value> items) implements Value {
    }

    record Str(String text) implements Value {
    }

    record Literal(String text) implements Value {
    }

    /** Not JSON, with the offset where reading stopped. */
    static final class MalformedJson extends Exception {
        MalformedJson(String message, int offset) {
            super(message + " at offset " + offset);
        }
    }

    private final String text;
    private int pos;

    private CacheJson(String text) {
        this.text = text;
    }

    static Value parse(String text) throws MalformedJson {
        CacheJson reader = new CacheJson(text);
        Value value = reader.value();
        reader.skipSpace();
        if (reader.pos != text.length()) {
            throw new MalformedJson("trailing text", reader.pos);
        }
        return value;
    }

    private Value value() throws MalformedJson {
        skipSpace();
        if (pos >= text.length()) {
            throw new MalformedJson("unexpected end", pos);
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        if (c == '"') {
            return new Str(string());
        }
        int start = pos;
        while (pos < text.length() && "+-.0123456789eEtruefalsn".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw new MalformedJson("unexpected '" + c + "'", pos);
        }
        return new Literal(text.substring(start, pos));
    }

    private Obj object() throws MalformedJson {
        Map<String, Value> members = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return new Obj(members);
        }
        do {
            skipSpace();
            if (peek() != '"') {
                throw new MalformedJson("expected a member name", pos);
            }
            String name = string();
            skipSpace();
            expect(':');
            members.put(name, value());
            skipSpace();
        } while (consume(','));
        expect('}');
        return new Obj(members);
    }

    private Arr array() throws MalformedJson {
        List<Value> items = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return new Arr(items);
        }
        do {
            items.add(value());
            skipSpace();
        } while (consume(','));
        expect(']');
        return new Arr(items);
    }

    private String string() throws MalformedJson {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char escaped = text.charAt(pos++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw new MalformedJson("short \\u escape", pos);
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException e) {
                        throw new MalformedJson("bad \\u escape", pos);
                    }
                    pos += 4;
                }
                default -> out.append(escaped);
            }
        }
        throw new MalformedJson("unterminated string", pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean consume(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws MalformedJson {
        if (!consume(c)) {
            throw new MalformedJson("expected '" + c + "'", pos);
        }
    }
}
