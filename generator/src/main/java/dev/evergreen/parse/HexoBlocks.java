package dev.evergreen.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hexo's tags with a body ({@code codeblock}, {@code blockquote}, {@code pullquote}) and
 * {@code include_code}, rewritten as Markdown with a little HTML, so flexmark renders the code, quotes
 * and links inside like any other. Each keeps one output line per body line where it can, so the
 * source lines of what is inside stay right.
 */
final class HexoBlocks {

    private static final Pattern CAPTION_URL_TITLE = Pattern.compile("(\\S[\\S\\s]*?)\\s+(https?://\\S+)\\s+(.+)");
    private static final Pattern CAPTION_URL = Pattern.compile("(\\S[\\S\\s]*?)\\s+(https?://\\S+)");
    private static final Pattern FULL_CITE = Pattern.compile("(\\S.*?)\\s+(https?://\\S+)\\s+(.+)");
    private static final Pattern CITE_LINK = Pattern.compile("(\\S.*?)\\s+(https?://\\S+)");
    private static final Pattern AUTHOR_TITLE = Pattern.compile("([^,]+),\\s*([^,]+)");
    private static final Pattern OPTION = Pattern.compile("(lang|line_number|highlight|first_line|mark|wrap|from|to):(\\S*)");

    private final HexoSite site;

    HexoBlocks(HexoSite site) {
        this.site = site;
    }

    /** {@code codeblock [title] [lang:language] [url] [link text]}: a fenced block, captioned when titled. */
    String codeblock(String args, String body) {
        Options options = Options.of(args);
        String caption = "";
        Matcher full = CAPTION_URL_TITLE.matcher(options.rest());
        Matcher url = CAPTION_URL.matcher(options.rest());
        if (full.matches()) {
            caption = caption(full.group(1), full.group(2), full.group(3));
        } else if (url.matches()) {
            caption = caption(url.group(1), url.group(2), "link");
        } else if (!options.rest().isBlank()) {
            caption = "<div class=\"code-caption\"><span>" + HexoTagRenderer.escape(options.rest()) + "</span></div>";
        }
        return (caption.isEmpty() ? "" : caption + "\n\n") + fenced(options.lang(), body);
    }

    private static String caption(String title, String url, String linkText) {
        return "<div class=\"code-caption\"><span>" + HexoTagRenderer.escape(title) + "</span> <a href=\""
                + HexoTagRenderer.escape(url) + "\">" + HexoTagRenderer.escape(linkText) + "</a></div>";
    }

    /** The body as a fenced code block whose fence is longer than any backtick run inside. */
    static String fenced(String lang, String body) {
        int longest = 0;
        Matcher run = Pattern.compile("`+").matcher(body);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + lang + "\n" + body + (body.isEmpty() || body.endsWith("\n") ? "" : "\n") + fence;
    }

    /** {@code blockquote [author[, source]] [link] [source_link_title]}: a Markdown quote with a footer. */
    String blockquote(String args, String body) {
        StringBuilder out = new StringBuilder("\n");
        for (String line : body.split("\n", -1)) {
            out.append(line.isBlank() ? ">" : "> " + line).append('\n');
        }
        String footer = footer(args.strip());
        out.append(footer.isEmpty() ? "" : "> " + footer);
        return out.toString();
    }

    private static String footer(String args) {
        if (args.isEmpty()) {
            return "";
        }
        String author = null;
        String source = null;
        String title = null;
        Matcher match;
        if ((match = FULL_CITE.matcher(args)).matches()) {
            author = match.group(1);
            source = match.group(2);
            title = match.group(3);
        } else if ((match = CITE_LINK.matcher(args)).matches()) {
            author = match.group(1);
            source = match.group(2);
        } else if ((match = AUTHOR_TITLE.matcher(args)).matches()) {
            author = match.group(1);
            title = match.group(2);
        } else {
            author = args;
        }
        StringBuilder footer = new StringBuilder("<footer><strong>").append(HexoTagRenderer.escape(author.strip())).append("</strong>");
        if (source != null) {
            String shown = title != null ? title : source.replaceAll("^https?://|/(index\\.html?)?$", "");
            footer.append(" <cite><a href=\"").append(HexoTagRenderer.escape(source)).append("\">")
                    .append(HexoTagRenderer.escape(shown.strip())).append("</a></cite>");
        } else if (title != null) {
            footer.append(" <cite>").append(HexoTagRenderer.escape(title.strip())).append("</cite>");
        }
        return footer.append("</footer>").toString();
    }

    /** {@code pullquote [class]}: the body as Markdown inside a classed quote. */
    String pullquote(String args, String body) {
        String classes = ("pullquote " + args.strip()).strip();
        return "<blockquote class=\"" + HexoTagRenderer.escape(classes) + "\">\n\n" + body + "\n\n</blockquote>";
    }

    /**
     * {@code include_code [title] [lang:language] [from:line] [to:line] path}: a file under
     * {@code code_dir}, shown as code with a link to the file itself.
     *
     * @return the Markdown, or null when the file cannot be read
     */
    String includeCode(String args) {
        Options options = Options.of(args);
        List<String> words = new ArrayList<>(Arrays.asList(options.rest().split("\\s+")));
        String path = words.remove(words.size() - 1);
        String title = words.isEmpty() ? Path.of(path).getFileName().toString() : String.join(" ", words);
        String codeDir = site.settings().codeDir();
        Path file = site.contentRoot().resolve(codeDir).resolve(path).normalize();
        if (!file.startsWith(site.contentRoot()) || !Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        int from = Math.max(1, options.number("from", 1));
        int to = Math.min(lines.size(), options.number("to", lines.size()));
        String body = from > to ? "" : String.join("\n", lines.subList(from - 1, to));
        String href = site.basePath() + UrlText.encodePath(codeDir + "/" + path);
        String lang = options.lang().isEmpty() ? extension(path) : options.lang();
        return caption(title, href, "view raw") + "\n\n" + fenced(lang, body);
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(dot + 1) : "";
    }

    /** The {@code key:value} options of a code tag, and the words around them. */
    private record Options(String lang, java.util.Map<String, String> values, String rest) {

        static Options of(String args) {
            java.util.Map<String, String> values = new java.util.HashMap<>();
            Matcher option = OPTION.matcher(args);
            StringBuilder rest = new StringBuilder();
            while (option.find()) {
                values.put(option.group(1), option.group(2));
                option.appendReplacement(rest, "");
            }
            option.appendTail(rest);
            return new Options(values.getOrDefault("lang", ""), values, rest.toString().strip().replaceAll("\\s+", " "));
        }

        int number(String key, int fallback) {
            try {
                return values.containsKey(key) ? Integer.parseInt(values.get(key)) : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
