package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import dev.evergreen.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelsConfigTest {

    @TempDir
    Path root;

    private SiteConfig read(String yaml) {
        return new SiteConfigReader(root).fromYaml(yaml);
    }

    @Test
    void withoutChannelsTheDeveloperSiteAvoidsSlogansAndMarketingLivesUnderItsName() {
        SiteConfig config = read("title: Notes\n");

        assertThat(config.channels()).containsExactly("developer", "marketing");
        assertThat(config.channel("developer")).isEqualTo(new Channel("developer", "Notes", "", true,
                Optional.of(Severity.WARNING), ChannelsReader.DEFAULT_AVOID, Optional.empty()));
        assertThat(config.channel("marketing")).isEqualTo(new Channel("marketing", "Marketing", "marketing/", true,
                Optional.empty(), List.of(), Optional.empty()));
        assertThat(ChannelsReader.DEFAULT_AVOID).extracting(ProsePhrase::text)
                .contains("next-generation", "revolutionary", "world-leading", "game-changing",
                        "颠覆", "新时代", "遥遥领先", "赋能", "全球领先");
    }

    @Test
    void aMappingSetsTitlePathFeedCrossLinksAndMorePhrases() {
        SiteConfig config = read("""
                channels:
                  developer:
                    crossLinks: error
                    avoid: [synergy, '/best[- ]in[- ]class/']
                  marketing:
                    title: News
                    path: /news
                    feed: false
                    crossLinks: warning
                """);

        assertThat(config.channels()).containsExactly("developer", "marketing");
        Channel developer = config.channel("developer");
        assertThat(developer.crossLinks()).contains(Severity.ERROR);
        assertThat(developer.avoid()).extracting(ProsePhrase::text).contains("颠覆", "synergy", "/best[- ]in[- ]class/");
        assertThat(config.channel("marketing")).isEqualTo(new Channel("marketing", "News", "news/", false,
                Optional.of(Severity.WARNING), List.of(), Optional.empty()));
    }

    @Test
    void badChannelSettingsAreConfigErrorsAtTheChannelsLine() {
        assertThatThrownBy(() -> read("title: x\nchannels:\n  developer: {}\n  marketing: {path: ../out}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("channels.marketing.path")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> read("channels:\n  developer: {}\n  marketing: {path: ''}\n"))
                .hasMessageContaining("a path of its own");
        assertThatThrownBy(() -> read("channels:\n  developer: {crossLinks: loud}\n"))
                .hasMessageContaining("error, warning, info or off");
        assertThatThrownBy(() -> read("channels:\n  developer: {colour: green}\n"))
                .hasMessageContaining("channels.developer.colour");
        assertThatThrownBy(() -> read("channels:\n  developer: {avoid: ['/world[/']}\n"))
                .hasMessageContaining("/world[/ is not a valid regular expression");
    }

    @Test
    void aChannelWithAnOutputIsASiteOfItsOwnAtItsBaseUrl() {
        SiteConfig config = read("channels:\n  developer: {}\n  marketing: {output: ../news-site, baseUrl: 'https://news.example.org'}\n");

        assertThat(config.channel("marketing").site()).contains(new ChannelSite(
                root.resolve("../news-site").toAbsolutePath().normalize(), URI.create("https://news.example.org/")));
        assertThat(config.channel("developer").site()).isEmpty();
    }

    @Test
    void anOutputNeedsAnAbsoluteBaseUrlAndTheDeveloperChannelHasNone() {
        assertThatThrownBy(() -> read("title: x\nchannels:\n  developer: {}\n  marketing: {output: ../news}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("channels.marketing.baseUrl")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> read("channels:\n  developer: {}\n  marketing: {output: ../news, baseUrl: /news/}\n"))
                .hasMessageContaining("an absolute http(s) URL");
        assertThatThrownBy(() -> read("channels:\n  developer: {}\n  marketing: {baseUrl: 'https://news.example.org/'}\n"))
                .hasMessageContaining("channels.marketing.output");
        assertThatThrownBy(() -> read("channels:\n  developer: {output: ../dev, baseUrl: 'https://x.org/'}\n"))
                .hasMessageContaining("the first channel is published to the site's own output");
    }

    @Test
    void phrasesMatchWholeLatinWordsIgnoringCaseAndChineseAnywhere() {
        Pattern revolutionary = new ProsePhrase("revolutionary").pattern();
        assertThat(revolutionary.matcher("A Revolutionary tool").find()).isTrue();
        assertThat(revolutionary.matcher("counterrevolutionary ideas").find()).isFalse();
        assertThat(new ProsePhrase("颠覆").pattern().matcher("这是一个颠覆性的产品").find()).isTrue();
        assertThat(new ProsePhrase("/world[- ]class/").pattern().matcher("WORLD CLASS").find()).isTrue();
    }
}
