package dev.evergreen.load;

import dev.evergreen.finding.ConfigException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A configuration file's top-level keys: their values and the line of each, so that every mistake can
 * be reported where it was written. Shared by {@code site.yml} and Hexo's {@code _config.yml}.
 *
 * @param nodes the value node of each key, in file order (they carry positions)
 * @param values the constructed value of each key
 */
record YamlDocument(Path file, Map<String, Node> nodes, Map<String, Object> values) {

    static YamlDocument parse(String text, Path displayPath) {
        return new YamlDocument(displayPath, topLevelNodes(text, displayPath), values(text));
    }

    int line(String key) {
        Node node = nodes.get(key);
        return node == null ? 0 : line(node);
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static Map<String, Node> topLevelNodes(String text, Path displayPath) {
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false)
                .setLabel(displayPath.toString()).build();
        try {
            Node root = new Compose(settings).composeString(text).orElse(null);
            if (root == null) {
                return Map.of();
            }
            if (!(root instanceof MappingNode mapping)) {
                throw new ConfigException(displayPath, line(root), displayPath + " must be a mapping of keys to values");
            }
            Map<String, Node> nodes = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    nodes.put(key.getValue(), tuple.getValueNode());
                }
            }
            return nodes;
        } catch (MarkedYamlEngineException e) {
            int problemLine = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ConfigException(displayPath, problemLine, "malformed YAML: " + e.getProblem()
                    + "; fix the YAML syntax (indent with spaces, close quotes, one value per key)", e);
        } catch (YamlEngineException e) {
            throw new ConfigException(displayPath, 0, "malformed YAML: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(String text) {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(text);
        return loaded instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
