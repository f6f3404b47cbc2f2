package dev.evergreen.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class VideoUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ, YOUTUBE, dQw4w9WgXcQ, 1",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42, YOUTUBE, dQw4w9WgXcQ, 1",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ, YOUTUBE, dQw4w9WgXcQ, 1",
            "https://youtu.be/dQw4w9WgXcQ, YOUTUBE, dQw4w9WgXcQ, 1",
            "https://youtu.be/dQw4w9WgXcQ?t=30, YOUTUBE, dQw4w9WgXcQ, 1",
            "https://www.youtube.com/embed/dQw4w9WgXcQ, YOUTUBE, dQw4w9WgXcQ, 1",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ, YOUTUBE, dQw4w9WgXcQ, 1",
            "https://www.youtube.com/live/dQw4w9WgXcQ?si=abc, YOUTUBE, dQw4w9WgXcQ, 1",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ, YOUTUBE, dQw4w9WgXcQ, 1",
            "https://www.bilibili.com/video/BV1xx411c7mD, BILIBILI, BV1xx411c7mD, 1",
            "https://www.bilibili.com/video/BV1xx411c7mD/?spm_id_from=333&p=3, BILIBILI, BV1xx411c7mD, 3",
            "https://m.bilibili.com/video/av170001, BILIBILI, av170001, 1",
            "https://www.bilibili.com/video/av170001?p=2, BILIBILI, av170001, 2",
            "https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&page=4, BILIBILI, BV1xx411c7mD, 4",
            "https://player.bilibili.com/player.html?aid=170001&p=2, BILIBILI, av170001, 2",
            "https://vimeo.com/76979871, VIMEO, 76979871, 1",
            "https://vimeo.com/channels/staffpicks/76979871, VIMEO, 76979871, 1",
            "https://player.vimeo.com/video/76979871?h=abc, VIMEO, 76979871, 1",
            "https://media.example.org/talks/design.mp4, FILE, https://media.example.org/talks/design.mp4, 1",
            "https://media.example.org/talks/design.WEBM?v=2, FILE, https://media.example.org/talks/design.WEBM?v=2, 1",
            "https://cdn.example.org/live/index.m3u8, FILE, https://cdn.example.org/live/index.m3u8, 1",
            "/media/talk.mp4, FILE, /media/talk.mp4, 1",
    })
    void recognisesEveryForm(String url, Video.Provider provider, String id, int part) {
        assertThat(VideoUrls.parse(url)).contains(new Video(provider, id, part));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://www.youtube.com/watch?v=short", "https://www.youtube.com/channel/UC123",
            "https://youtu.be/", "https://www.bilibili.com/video/BV123", "https://www.bilibili.com/read/cv123",
            "https://player.bilibili.com/player.html", "https://vimeo.com/about", "https://example.org/talk",
            "https://example.org/talk.avi", "ftp://example.org/talk.mp4", "not a url at all",
            "https://www.bilibili.com/video/av170001?p=x"})
    void rejectsTheRest(String url) {
        assertThat(VideoUrls.parse(url)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"youtube, dQw4w9WgXcQ, 1", "YouTube, dQw4w9WgXcQ, 1", "bilibili, BV1xx411c7mD, 2",
            "vimeo, 76979871, 1"})
    void acceptsProviderAndId(String provider, String id, int part) {
        assertThat(VideoUrls.of(provider, id, part)).hasValueSatisfying(video -> {
            assertThat(video.provider().label()).isEqualTo(provider.toLowerCase(java.util.Locale.ROOT));
            assertThat(video.id()).isEqualTo(id);
            assertThat(video.part()).isEqualTo(part);
        });
        assertThat(VideoUrls.of("dailymotion", id, 1)).isEmpty();
        assertThat(VideoUrls.of("youtube", "not-an-id", 1)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void embedsArePrivacyFriendlyAndWatchUrlsCanonical() {
        Video youtube = new Video(Video.Provider.YOUTUBE, "dQw4w9WgXcQ", 1);
        assertThat(youtube.embedUrl()).startsWith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(youtube.watchUrl()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(new Video(Video.Provider.BILIBILI, "av170001", 2).embedUrl())
                .isEqualTo("https://player.bilibili.com/player.html?aid=170001&page=2&autoplay=1");
        assertThat(new Video(Video.Provider.BILIBILI, "BV1xx411c7mD", 3).watchUrl())
                .isEqualTo("https://www.bilibili.com/video/BV1xx411c7mD/?p=3");
        Video file = new Video(Video.Provider.FILE, "https://cdn.example.org/live/index.m3u8", 1);
        assertThat(file.embedUrl()).isNull();
        assertThat(file.fileType()).isEqualTo("application/vnd.apple.mpegurl");
    }
}
