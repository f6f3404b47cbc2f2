package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code docs:} mapping of site.yml and the optional nav.yml beside it. Defaults: the repository
 * root is the nearest folder above the content root holding {@code .git}, else the content root's parent;
 * the code root is the repository root; the branch is {@code main}; "last updated" comes from front matter.
 */
final class DocsSettingsReader {

    static final String DEFAULT_BRANCH = "main";
    static final Set<String> KEYS = Set.of("codeRoot", "repository", "branch", "lastUpdated");

    private final Path contentRoot;
    private final Path siteFile;
    private final int line;

    /** @param line the line of the {@code docs} key in site.yml, for errors */
    DocsSettingsReader(Path contentRoot, Path siteFile, int line) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.siteFile = siteFile;
        this.line = line;
    }

    DocsSettings read(Map<String, Object> raw) {
        for (String key : raw.keySet()) {
            if (!KEYS.contains(key)) {
                throw wrong("docs." + key, "one of " + KEYS.stream().sorted().toList());
            }
        }
        Path repositoryRoot = repositoryRoot();
        Object codeRoot = raw.get("codeRoot");
        Path code = codeRoot == null ? repositoryRoot : contentRoot.resolve(codeRoot.toString()).normalize();
        Object lastUpdated = raw.getOrDefault("lastUpdated", "frontmatter");
        if (!lastUpdated.equals("git") && !lastUpdated.equals("frontmatter")) {
            throw wrong("docs.lastUpdated", "git or frontmatter");
        }
        Object repository = raw.getOrDefault("repository", "");
        Object branch = raw.getOrDefault("branch", DEFAULT_BRANCH);
        return new DocsSettings(code, repositoryRoot, repository.toString(), branch.toString(),
                lastUpdated.equals("git"), nav());
    }

    private Path repositoryRoot() {
        for (Path dir = contentRoot; dir != null; dir = dir.getParent()) {
            // A worktree or submodule has a .git file rather than a folder.
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        Path parent = contentRoot.getParent();
        return parent == null ? contentRoot : parent;
    }

    /** nav.yml: a list of {@code title} + {@code url} entries, each remembered with its line. */
    private List<NavLink> nav() {
        Path file = contentRoot.resolve(NavLink.FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Path display = Path.of(NavLink.FILE);
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(NavLink.FILE).build())
                    .composeString(Files.readString(file, StandardCharsets.UTF_8)).orElse(null);
        } catch (IOException e) {
            throw new ConfigException(display, 0, "cannot read the navigation: " + e.getMessage(), e);
        } catch (YamlEngineException e) {
            throw new ConfigException(display, 0, "malformed YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof SequenceNode entries)) {
            throw new ConfigException(display, lineOf(root), "nav.yml must be a list of entries with title and url");
        }
        List<NavLink> links = new ArrayList<>();
        for (Node entry : entries.getValue()) {
            Map<String, String> fields = scalars(entry);
            String title = fields.get("title");
            String url = fields.get("url");
            if (title == null || title.isBlank() || url == null || url.isBlank()) {
                throw new ConfigException(display, lineOf(entry), "each entry needs a title and a url, e.g."
                        + " '- title: Guide' and 'url: docs/'");
            }
            links.add(new NavLink(title.strip(), url.strip(), lineOf(entry)));
        }
        return links;
    }

    private static Map<String, String> scalars(Node entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (entry instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
                    fields.put(key.getValue(), value.getValue());
                }
            }
        }
        return fields;
    }

    private static int lineOf(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private ConfigException wrong(String key, String expected) {
        return new ConfigException(siteFile, line, "'" + key + "' must be " + expected);
    }
}
