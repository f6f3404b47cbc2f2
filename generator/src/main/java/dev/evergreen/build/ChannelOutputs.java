package dev.evergreen.build;

import dev.evergreen.load.ChannelSite;
import dev.evergreen.load.SiteConfig;
import dev.evergreen.postprocess.ProcessedPage;
import dev.evergreen.render.AbsoluteLinks;
import dev.evergreen.write.SiteWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outputs of the channels published as sites of their own, each staged and published like the
 * developer output. Their pages stay out of the developer output and its link check; whatever they link
 * root-relative (the theme's stylesheet, tags, the developer pages) lives on the developer site, so those
 * links are made absolute on its base URL.
 */
final class ChannelOutputs implements AutoCloseable {

    private final SiteConfig config;
    private final Map<ChannelSite, SiteWriter> writers = new LinkedHashMap<>();

    ChannelOutputs(SiteConfig config) {
        this.config = config;
        config.channels().stream().map(config::channel).flatMap(c -> c.site().stream())
                .forEach(site -> writers.put(site, new SiteWriter(site.output())));
    }

    /** Whether {@code url} is published on a channel's own site rather than the developer output. */
    boolean serves(String url) {
        return writerFor(url).isPresent();
    }

    /** Writes a page of a channel site; safe to call from many threads. */
    void write(ProcessedPage page) {
        SiteWriter writer = writerFor(page.url()).orElseThrow();
        boolean html = page.outputPath().getFileName().toString().endsWith(".html");
        writer.write(page.outputPath(), html ? developerLinksAbsolute(page.bytes()) : page.bytes());
    }

    void publish() {
        writers.values().forEach(SiteWriter::publish);
    }

    @Override
    public void close() {
        writers.values().forEach(SiteWriter::close);
    }

    private Optional<SiteWriter> writerFor(String url) {
        return writers.entrySet().stream().filter(e -> e.getKey().serves(url)).map(Map.Entry::getValue).findFirst();
    }

    private byte[] developerLinksAbsolute(byte[] bytes) {
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        doc.outputSettings().prettyPrint(false);
        AbsoluteLinks.apply(doc, config);
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }
}
