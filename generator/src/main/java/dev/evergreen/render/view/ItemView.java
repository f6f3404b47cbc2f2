package dev.evergreen.render.view;

import dev.evergreen.model.Term;
import dev.evergreen.parse.Heading;

import java.util.List;
import java.util.Map;

/**
 * One item as templates see it.
 *
 * @param kind {@code article}, {@code recording} or {@code page}
 * @param date {@code null} for an undated page
 * @param updated {@code null} unless the item was updated after its publication date
 * @param contentHtml trusted HTML: write it with {@code ?no_esc}
 * @param excerptHtml trusted HTML: write it with {@code ?no_esc}
 * @param previous the article published just before this one, or {@code null}
 * @param next the article published just after this one, or {@code null}
 * @param recording the talk's event, speakers and video; {@code null} unless the item is a recording
 */
public record ItemView(String title, String url, String kind, String lang, String description, List<String> authors,
                       DateView date, DateView updated, String contentHtml, String excerptHtml,
                       boolean hasMoreMarker, List<Heading> toc, int readingMinutes, List<Term> tags,
                       List<Term> categories, Map<String, Object> params, ItemLink previous, ItemLink next,
                       RecordingView recording) {
}
