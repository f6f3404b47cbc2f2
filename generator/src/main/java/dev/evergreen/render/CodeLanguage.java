package dev.evergreen.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the highlighter needs to know about a language: its keywords, comment markers and quotes.
 * Deliberately coarse (no grammar): keywords, strings, comments and numbers are what a reader scans for.
 *
 * @param lineComments markers that comment out the rest of the line
 * @param blockComment opening and closing marker, or {@code null}
 * @param quotes characters that open and close a string
 * @param multiLineQuotes the quotes whose strings may span lines (JavaScript's backtick)
 * @param ignoreCase whether keywords match in any case (SQL)
 * @param keysBeforeColon whether a word that starts a line and ends in {@code :} is a key (YAML)
 * @param markup whether it is XML/HTML, lexed by tags instead of words
 */
record CodeLanguage(Set<String> keywords, List<String> lineComments, String[] blockComment, String quotes,
                    String multiLineQuotes, boolean ignoreCase, boolean keysBeforeColon, boolean markup) {

    private static final String[] C_BLOCK = {"/*", "*/"};

    private static final CodeLanguage JAVA = code(words("abstract assert boolean break byte case catch char class"
            + " const continue default do double else enum extends final finally float for goto if implements import"
            + " instanceof int interface long native new package private protected public return short static"
            + " strictfp super switch synchronized this throw throws transient try void volatile while var record"
            + " sealed permits yield true false null"), List.of("//"), C_BLOCK, "\"'", "");
    private static final CodeLanguage KOTLIN = code(words("as break class continue do else false for fun if in"
            + " interface is null object package return super this throw true try typealias val var when while by"
            + " catch constructor finally get import init set where data sealed open override private protected"
            + " public internal companion lateinit suspend inline"), List.of("//"), C_BLOCK, "\"'", "");
    private static final CodeLanguage JAVASCRIPT = code(words("break case catch class const continue debugger"
            + " default delete do else export extends finally for function if import in instanceof let new return"
            + " super switch this throw try typeof var void while with yield async await of true false null"
            + " undefined interface type enum implements private public protected readonly as from"),
            List.of("//"), C_BLOCK, "\"'`", "`");
    private static final CodeLanguage PYTHON = code(words("and as assert async await break class continue def del"
            + " elif else except finally for from global if import in is lambda nonlocal not or pass raise return"
            + " try while with yield True False None self"), List.of("#"), null, "\"'", "");
    private static final CodeLanguage GO = code(words("break case chan const continue default defer else"
            + " fallthrough for func go goto if import interface map package range return select struct switch type"
            + " var true false nil"), List.of("//"), C_BLOCK, "\"'`", "`");
    private static final CodeLanguage SHELL = code(words("if then else elif fi case esac for while until do done"
            + " in function return export local readonly set unset echo cd exit source alias"),
            List.of("#"), null, "\"'", "");
    private static final CodeLanguage SQL = new CodeLanguage(words("select from where and or not insert into"
            + " values update set delete create table drop alter index view join left right inner outer on as"
            + " group by order having limit offset union all distinct null is in like between case when then else"
            + " end primary key foreign references default constraint exists with asc desc true false"),
            List.of("--"), C_BLOCK, "'\"", "", true, false, false);
    private static final CodeLanguage JSON = code(words("true false null"), List.of(), null, "\"", "");
    private static final CodeLanguage YAML = new CodeLanguage(words("true false null yes no on off"),
            List.of("#"), null, "\"'", "", false, true, false);
    private static final CodeLanguage MARKUP = new CodeLanguage(Set.of(), List.of(), new String[] {"<!--", "-->"},
            "\"'", "\"'", false, false, true);

    private static final Map<String, CodeLanguage> BY_NAME = Map.ofEntries(
            Map.entry("java", JAVA), Map.entry("kotlin", KOTLIN), Map.entry("kt", KOTLIN),
            Map.entry("js", JAVASCRIPT), Map.entry("javascript", JAVASCRIPT), Map.entry("jsx", JAVASCRIPT),
            Map.entry("ts", JAVASCRIPT), Map.entry("typescript", JAVASCRIPT), Map.entry("tsx", JAVASCRIPT),
            Map.entry("python", PYTHON), Map.entry("py", PYTHON), Map.entry("go", GO), Map.entry("golang", GO),
            Map.entry("bash", SHELL), Map.entry("sh", SHELL), Map.entry("shell", SHELL), Map.entry("zsh", SHELL),
            Map.entry("console", SHELL), Map.entry("sql", SQL), Map.entry("json", JSON), Map.entry("yaml", YAML),
            Map.entry("yml", YAML), Map.entry("xml", MARKUP), Map.entry("html", MARKUP), Map.entry("svg", MARKUP),
            Map.entry("markup", MARKUP));

    /** The language of a fence info word ({@code java}, {@code TS}...), if the highlighter knows it. */
    static Optional<CodeLanguage> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    boolean isKeyword(String word) {
        return keywords.contains(ignoreCase ? word.toLowerCase(Locale.ROOT) : word);
    }

    private static CodeLanguage code(Set<String> keywords, List<String> lineComments, String[] blockComment,
                                     String quotes, String multiLineQuotes) {
        return new CodeLanguage(keywords, lineComments, blockComment, quotes, multiLineQuotes, false, false, false);
    }

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(Arrays.asList(spaceSeparated.split(" ")));
    }
}
