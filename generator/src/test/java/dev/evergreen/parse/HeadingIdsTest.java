package dev.evergreen.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingIdsTest {

    @Test
    void followsGithubSlugger() {
        assertThat(HeadingIds.slug("Hello, World!")).isEqualTo("hello-world");
        assertThat(HeadingIds.slug("为什么 Evergreen？")).isEqualTo("为什么-evergreen");
        assertThat(HeadingIds.slug("Ünïcödé Straße")).isEqualTo("ünïcödé-straße");
        assertThat(HeadingIds.slug("snake_case and kebab-case")).isEqualTo("snake_case-and-kebab-case");
    }

    @Test
    void repeatsAreNumberedAndNeverCollide() {
        HeadingIds ids = new HeadingIds();

        assertThat(ids.next("a")).isEqualTo("a");
        assertThat(ids.next("a-1")).isEqualTo("a-1");
        assertThat(ids.next("a")).isEqualTo("a-2");
        assertThat(ids.next("a")).isEqualTo("a-3");
    }
}
