package dev.evergreen.parse;

import dev.evergreen.finding.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MissingAltTextTest {

    @Test
    void imagesWithoutAltTextAreWarningsAtTheirLines() {
        List<Finding> found = altText("""
                ---
                title: T
                ---
                Intro.

                ![](a.png) and ![  ](b.png "title")

                ![][ref]

                <p>
                <img src="c.png" alt="">
                <IMG SRC="d.png">
                </p>

                Inline <img src="e.png"> too.

                [ref]: f.png
                """);

        assertThat(found).extracting(f -> f.pos().line() + " " + f.detail().substring(0, f.detail().indexOf(" has")))
                .containsExactly("6 image a.png", "6 image b.png", "8 image f.png", "11 image c.png",
                        "12 image d.png", "15 image e.png");
        assertThat(found).noneMatch(Finding::isError);
        assertThat(found.get(0).detail()).endsWith("write ![what it shows](a.png), or describe it in words nearby");
    }

    @Test
    void describedImagesAndLookalikeTagsAreLeftAlone() {
        assertThat(altText("""
                ![a diagram](a.png) ![*styled*][r]

                <img src="b.png" alt="the build pipeline"><imgur-embed></imgur-embed>

                `![](in-code.png)`

                    <img src="indented-code.png">

                [r]: c.png
                """)).isEmpty();
    }

    private static List<Finding> altText(String markdown) {
        return Pages.parse(markdown).findings().stream().filter(f -> f.kind().equals("alt-text")).toList();
    }
}
