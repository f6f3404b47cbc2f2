package dev.evergreen.model;

import dev.evergreen.parse.TextStats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlPathsTest {

    @Test
    void slugKeepsCaseAndUnicodeAndHyphenatesSeparators() {
        assertThat(UrlPaths.slug("  Hello   World / Part?2 #x  ")).isEqualTo("Hello-World-Part-2-x");
        assertThat(UrlPaths.slug("深入 JVM")).isEqualTo("深入-JVM");
    }

    @Test
    void termSlugIsLowercased() {
        assertThat(UrlPaths.termSlug("Spring Boot")).isEqualTo("spring-boot");
    }

    @Test
    void encodePathKeepsSlashesAndUnreservedCharacters() {
        assertThat(UrlPaths.encodePath("/a-b_c.d~e/C++ 中/")).isEqualTo("/a-b_c.d~e/C%2B%2B%20%E4%B8%AD/");
    }

    @Test
    void directoryUrlJoinsBasePathAndPathWithOneSlashEach() {
        assertThat(UrlPaths.directoryUrl("/blog/", "//docs//intro/")).isEqualTo("/blog/docs/intro/");
        assertThat(UrlPaths.directoryUrl("/blog/", "")).isEqualTo("/blog/");
        assertThat(UrlPaths.directoryUrl("/", "a")).isEqualTo("/a/");
    }

    @Test
    void readingTimeAddsWordsAndCjkCharactersAndIsAtLeastOneMinute() {
        assertThat(ReadingTime.minutes(new TextStats(0, 0))).isEqualTo(1);
        assertThat(ReadingTime.minutes(new TextStats(230, 0))).isEqualTo(1);
        assertThat(ReadingTime.minutes(new TextStats(231, 0))).isEqualTo(2);
        assertThat(ReadingTime.minutes(new TextStats(230, 400))).isEqualTo(2);
        assertThat(ReadingTime.minutes(new TextStats(0, 1201))).isEqualTo(4);
    }
}
