package dev.evergreen.parse;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.Finding;
import dev.evergreen.finding.SourcePos;
import dev.evergreen.load.Source;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands Hexo's tag plugins ({@code {% name args %}}) in a Markdown body before flexmark reads it, the
 * way Hexo's Nunjucks pass does. Tags inside code are left alone; {@code raw} passes its body through
 * untouched. A tag Hexo does not define is a warning at its line and is removed, never shown raw; if it
 * has a body ({@code {% note %}...{% endnote %}}) the body stays.
 */
final class HexoTags {

    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)([^\\n]*?)-?%}");
    private static final Set<String> BLOCKS = Set.of("codeblock", "code", "blockquote", "pullquote", "raw");

    private final HexoTagRenderer tags;
    private final HexoBlocks blocks;

    HexoTags(HexoSite site) {
        this.tags = new HexoTagRenderer(site);
        this.blocks = new HexoBlocks(site);
    }

    MappedText expand(Source source, String body, int firstLine, List<Finding> findings) {
        MappedText out = new MappedText(body, firstLine);
        boolean[] code = CodeRegions.of(body);
        Set<String> openUnknown = new HashSet<>();
        Matcher tag = TAG.matcher(body);
        int copied = 0;
        int from = 0;
        while (tag.find(from)) {
            from = tag.end();
            if (code[tag.start()]) {
                continue;
            }
            out.copy(copied, tag.start());
            String name = tag.group(1);
            String args = tag.group(2).strip();
            int line = out.fileLineAt(tag.start());
            SourcePos pos = SourcePos.of(source.path(), line);
            if (BLOCKS.contains(name)) {
                Matcher end = Pattern.compile("\\{%-?\\s*end" + name + "\\s*-?%}").matcher(body);
                if (!end.find(tag.end())) {
                    findings.add(ContentFinding.error(pos, "hexo-tag",
                            "{% " + name + " %} is never closed; add {% end" + name + " %} after its body"));
                    out.replace("", tag.start(), tag.end());
                    copied = tag.end();
                    continue;
                }
                int bodyStart = skipNewline(body, tag.end());
                int bodyEnd = end.start() > bodyStart && body.charAt(end.start() - 1) == '\n' ? end.start() - 1 : end.start();
                block(out, name, args, body, bodyStart, Math.max(bodyStart, bodyEnd), tag.start(), end.end());
                copied = end.end();
                from = end.end();
                continue;
            }
            if (name.startsWith("end") && openUnknown.contains(name.substring(3))) {
                out.replace("", tag.start(), tag.end());
                copied = tag.end();
                continue;
            }
            boolean standalone = out.atLineStart() && (tag.end() == body.length() || body.charAt(tag.end()) == '\n');
            Optional<String> html = name.equals("include_code")
                    ? includeCode(args, pos, findings)
                    : tags.render(new HexoTagRenderer.Call(source, line, name, HexoTagArgs.split(args), standalone, findings));
            if (html.isEmpty()) {
                boolean hasBody = Pattern.compile("\\{%-?\\s*end" + name + "\\s*-?%}").matcher(body).find(tag.end());
                if (hasBody) {
                    openUnknown.add(name);
                }
                findings.add(ContentFinding.warning(pos, "hexo-tag", "unknown tag {% " + name + " %}"
                        + (hasBody ? " (its body is kept)" : "") + " is left out; Evergreen knows Hexo's own tags only"));
            }
            String replacement = html.orElse("");
            if (standalone && replacement.startsWith("<") && nextLineHasText(body, tag.end())) {
                // A block of HTML runs to the next blank line: without one the following text would be swallowed raw.
                replacement += "\n";
            }
            out.replace(replacement, tag.start(), tag.end());
            copied = tag.end();
        }
        out.copy(copied, body.length());
        return out;
    }

    private void block(MappedText out, String name, String args, String body, int bodyStart, int bodyEnd,
                       int start, int end) {
        String inner = body.substring(bodyStart, bodyEnd);
        switch (name) {
            case "raw" -> {
                out.replace("", start, bodyStart);
                out.copy(bodyStart, bodyEnd);
                out.replace("", bodyEnd, end);
            }
            case "blockquote" -> out.replace(blocks.blockquote(args, inner), start, end);
            case "pullquote" -> out.replace(blocks.pullquote(args, inner), start, end);
            default -> out.replace(blocks.codeblock(args, inner), start, end);
        }
    }

    private Optional<String> includeCode(String args, SourcePos pos, List<Finding> findings) {
        String markdown = args.isBlank() ? null : blocks.includeCode(args);
        if (markdown == null) {
            findings.add(ContentFinding.error(pos, "hexo-tag", "{% include_code " + args
                    + " %}: no such file under source/ and code_dir; add it or fix the path"));
            return Optional.of("");
        }
        return Optional.of(markdown);
    }

    private static int skipNewline(String body, int offset) {
        return offset < body.length() && body.charAt(offset) == '\n' ? offset + 1 : offset;
    }

    private static boolean nextLineHasText(String body, int offset) {
        if (offset >= body.length()) {
            return false;
        }
        int end = body.indexOf('\n', offset + 1);
        return !body.substring(offset + 1, end < 0 ? body.length() : end).isBlank();
    }
}
