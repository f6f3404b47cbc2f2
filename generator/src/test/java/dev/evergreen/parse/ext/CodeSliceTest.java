package dev.evergreen.parse.ext;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodeSliceTest {

    private static final List<String> JAVA = List.of(
            "class Greeter {",
            "    // region greet",
            "    String greet(String name) {",
            "        // region inner",
            "        return \"Hello, \" + name;",
            "        // endregion",
            "    }",
            "    // endregion",
            "}");

    @Test
    void aRegionIsItsLinesDedentedWithoutTheMarkersOfRegionsInsideIt() {
        // region region-example
        String code = CodeSlice.region(JAVA, "greet").orElseThrow();

        assertThat(code).isEqualTo("""
                String greet(String name) {
                    return "Hello, " + name;
                }
                """);
        // endregion
    }

    @Test
    void hashAndHtmlCommentMarkersWork() {
        List<String> yaml = List.of("a: 1", "# region keys", "b: 2", "# endregion");
        List<String> html = List.of("<p>", "<!-- region body -->", "  <b>x</b>", "<!-- endregion -->");

        assertThat(CodeSlice.region(yaml, "keys")).contains("b: 2\n");
        assertThat(CodeSlice.region(html, "body")).contains("<b>x</b>\n");
    }

    @Test
    void aMissingOrUnclosedRegionIsEmptyAndANameIsNotAPrefix() {
        assertThat(CodeSlice.region(JAVA, "nope")).isEmpty();
        assertThat(CodeSlice.region(JAVA, "gre")).isEmpty();
        assertThat(CodeSlice.region(List.of("// region open", "x"), "open")).isEmpty();
    }

    @Test
    void lineRangesAreOneBasedInclusiveAndInsideTheFile() {
        assertThat(CodeSlice.lines(JAVA, 1, 1)).contains("class Greeter {\n");
        assertThat(CodeSlice.lines(JAVA, 8, 9)).contains("    // endregion\n}\n");
        assertThat(CodeSlice.lines(JAVA, 0, 2)).isEmpty();
        assertThat(CodeSlice.lines(JAVA, 5, 10)).isEmpty();
        assertThat(CodeSlice.lines(JAVA, 3, 2)).isEmpty();
    }
}
