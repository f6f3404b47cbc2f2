package dev.evergreen.postprocess;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeLinksTest {

    private final RelativeLinks links = new RelativeLinks("/blog/");

    @Test
    void rootRelativeLinkClimbsOutOfThePageFolder() {
        assertThat(links.relativize("/blog/2023/06/04/post/", "/blog/tags/java/")).isEqualTo("../../../../tags/java/");
        assertThat(links.relativize("/blog/2023/06/04/post/", "/blog/2023/06/05/next/#top"))
                .isEqualTo("../../05/next/#top");
        assertThat(links.relativize("/blog/a/b/", "/blog/a")).isEqualTo("../../a");
    }

    @Test
    void aPageFileLinksFromTheFolderItIsIn() {
        assertThat(links.relativize("/blog/about.html", "/blog/assets/site.css?v=2")).isEqualTo("assets/site.css?v=2");
        assertThat(links.relativize("/blog/about.html", "/blog/")).isEqualTo("./");
    }

    @Test
    void linkToThePageItselfKeepsItsFragment() {
        assertThat(links.relativize("/blog/2023/06/04/post/", "/blog/2023/06/04/post/#intro")).isEqualTo("./#intro");
        assertThat(links.relativize("/blog/", "/blog/")).isEqualTo("./");
    }

    @Test
    void linksOutsideTheBasePathAndOtherFormsStayAsWritten() {
        assertThat(links.relativize("/blog/post/", "/elsewhere/")).isEqualTo("/elsewhere/");
        assertThat(links.relativize("/blog/post/", "https://example.org/blog/x/")).isEqualTo("https://example.org/blog/x/");
        assertThat(links.relativize("/blog/post/", "#intro")).isEqualTo("#intro");
        assertThat(links.relativize("/blog/post/", "img/a.png")).isEqualTo("img/a.png");
    }
}
