package dev.evergreen.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c#d", "http://例子.测试/", "//cdn.example.org/x.js"})
    void httpUrlsAreFetched(String url) {
        assertThat(UrlSyntax.classify(url)).isInstanceOf(UrlSyntax.Fetch.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:team@example.org", "mailto:a@example.org,b@example.org?subject=Hi%20there",
            "mailto:first.last+tag@sub.example.co.uk", "tel:+1-555-0100", "tel:+86%20010%208888%208888",
            "tel:555-0100;ext=12", "ftp://ftp.example.org/file", "data:text/plain,hi", "javascript:void(0)"})
    void wellFormedOrUnfetchedSchemesAreNotReported(String url) {
        assertThat(UrlSyntax.classify(url)).isEqualTo(
                new UrlSyntax.Known(new LinkStatus.NotFetched(url.substring(0, url.indexOf(':')))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mailto:             | no e-mail address",
            "mailto:?subject=Hi  | no e-mail address",
            "mailto:team         | malformed e-mail address",
            "mailto:a@b@c.org    | malformed e-mail address",
            "mailto:team@example | malformed e-mail address",
            "mailto:x%zz@a.org   | bad percent-encoding",
            "tel:call-me         | malformed phone number",
            "tel:12              | malformed phone number",
            "https://            | malformed URL",
            "http://exa mple.org/| malformed URL",
            "example.org/page    | no scheme"})
    void malformedUrlsAreSyntaxProblems(String url, String reason) {
        assertThat(UrlSyntax.classify(url)).isEqualTo(new UrlSyntax.Known(new LinkStatus.Malformed(reason)));
    }
}
