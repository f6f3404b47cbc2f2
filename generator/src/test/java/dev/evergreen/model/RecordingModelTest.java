package dev.evergreen.model;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.Severity;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.Asset;
import dev.evergreen.load.LoadedContent;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.load.Source;
import dev.evergreen.parse.ParsedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingModelTest {

    private static final ModelOptions PUBLISHED = new ModelOptions(false, false,
            Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path root;

    private final List<Asset> assets = new ArrayList<>();

    private Pages talk() {
        return Pages.page("recordings/design.md").title("Designing Evergreen").date("2024-05-01T18:00:00Z");
    }

    private void asset(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        assets.add(new Asset(Path.of(path), file));
    }

    private ModelResult model(Pages... pages) {
        SiteConfig config = Pages.config("https://example.org/");
        List<ParsedPage> parsed = Arrays.stream(pages).map(Pages::parsed).toList();
        List<Source> sources = parsed.stream().map(ParsedPage::source).toList();
        return new SiteModeler(config, PUBLISHED).model(
                new LoadedContent(root, config, sources, assets, List.of()), parsed);
    }

    private static Recording recordingOf(ModelResult result) {
        return result.site().items().stream().filter(i -> i.recording() != null).findFirst().orElseThrow().recording();
    }

    @Test
    void readsEventSpeakersVideoDurationSlidesAndRelated() throws IOException {
        asset("data/authors.yml", "alice:\n  name: Alice Chen\n  affiliation: Evergreen\n  url: https://example.org/alice\n");
        asset("recordings/design-slides.pdf", "%PDF");
        ModelResult result = model(talk()
                        .extra("event", Map.of("name", "Java Meetup", "city", "Shanghai", "url", "https://meetup.example.org/"), 3)
                        .extra("speakers", List.of("alice", Map.of("name", "Bo Li", "affiliation", "ACME")), 4)
                        .extra("video", Map.of("provider", "bilibili", "id", "BV1xx411c7mD", "part", 2), 7)
                        .extra("duration", "1:02:03", 8)
                        .extra("slides", "design-slides.pdf", 9)
                        .extra("related", List.of("posts/intro.md"), 10),
                Pages.page("posts/intro.md").title("Intro").date("2024-04-01T00:00:00Z"));

        assertThat(result.findings()).isEmpty();
        Recording recording = recordingOf(result);
        assertThat(recording.event()).isEqualTo(new Recording.Event("Java Meetup", "Shanghai", "https://meetup.example.org/"));
        assertThat(recording.speakers()).containsExactly(
                new Recording.Speaker("Alice Chen", "Evergreen", "https://example.org/alice"),
                new Recording.Speaker("Bo Li", "ACME", null));
        assertThat(recording.video()).isEqualTo(new Video(Video.Provider.BILIBILI, "BV1xx411c7mD", 2));
        assertThat(recording.videoLine()).isEqualTo(7);
        assertThat(recording.duration()).isEqualTo(Duration.ofSeconds(3723));
        assertThat(recording.slidesUrl()).isEqualTo("/recordings/design-slides.pdf");
        assertThat(recording.related()).containsExactly("posts/intro.md");
    }

    @Test
    void unknownVideoIsAnErrorAtItsLineListingTheAcceptedForms() {
        ModelResult result = model(talk().extra("video", "https://example.org/watch/42", 6));

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.pos()).isEqualTo(SourcePos.of(Path.of("recordings/design.md"), 6));
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.kind()).isEqualTo("video");
            assertThat(finding.detail()).contains("'https://example.org/watch/42'", "youtu.be/ID", "bilibili.com/video/BV",
                    "vimeo.com/ID", ".mp4, .webm or .m3u8", "{provider: youtube|bilibili|vimeo, id: ID}");
        });
        assertThat(recordingOf(result).video()).isNull();
    }

    @Test
    void missingSlidesRelatedAndBadDurationAreFindingsAtTheirLines() {
        List<Finding> findings = model(talk().extra("video", "https://youtu.be/dQw4w9WgXcQ", 5)
                .extra("duration", "about an hour", 6)
                .extra("slides", "missing.pdf", 7)
                .extra("related", "posts/nowhere.md", 8)).findings();

        assertThat(findings).extracting(f -> f.pos().line(), Finding::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(6, "duration"),
                org.assertj.core.groups.Tuple.tuple(7, "slides"),
                org.assertj.core.groups.Tuple.tuple(8, "related"));
        assertThat(findings).allMatch(f -> f instanceof ContentFinding c && c.severity() == Severity.ERROR);
    }

    @Test
    void slidesMayBeAUrlAndEventAPlainName() {
        Recording recording = recordingOf(model(talk().extra("video", "https://vimeo.com/76979871", 5)
                .extra("event", "Evergreen Day", 6).extra("speakers", "Ada", 7)
                .extra("slides", "https://slides.example.org/design", 8).extra("duration", "PT42M", 9)));

        assertThat(recording.event()).isEqualTo(new Recording.Event("Evergreen Day", null, null));
        assertThat(recording.speakers()).containsExactly(new Recording.Speaker("Ada", null, null));
        assertThat(recording.slidesUrl()).isEqualTo("https://slides.example.org/design");
        assertThat(recording.duration()).isEqualTo(Duration.ofMinutes(42));
    }

    @Test
    void otherChannelsArePublishedUnderTheirPathAndStayOutOfTheDevelopersLists() {
        ModelResult result = model(Pages.page("posts/launch.md").title("Launch").date("2024-06-01T00:00:00Z")
                        .channel("marketing", 4),
                Pages.page("posts/deep.md").title("Deep").date("2024-05-01T00:00:00Z"),
                talk().extra("video", "https://youtu.be/dQw4w9WgXcQ", 5),
                Pages.page("recordings/promo.md").title("Promo").date("2024-05-02T00:00:00Z").channel("marketing", 4)
                        .extra("video", "https://youtu.be/dQw4w9WgXcQ", 5));

        Site site = result.site();
        assertThat(site.items()).extracting(Item::url).contains("/marketing/2024/06/01/launch/",
                "/marketing/recordings/promo/");
        assertThat(site.articles()).extracting(Item::title).containsExactly("Deep");
        assertThat(site.recordings()).extracting(Item::title).containsExactly("Designing Evergreen");
        assertThat(site.channelItems("marketing")).extracting(Item::title).containsExactly("Launch", "Promo");
        assertThat(site.tags().terms()).isEmpty();
    }
}
