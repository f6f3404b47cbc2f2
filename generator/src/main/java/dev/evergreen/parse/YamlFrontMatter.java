package dev.evergreen.parse;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.DuplicateKeyException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the YAML between the front matter fences into top-level values and the file line of each key.
 * The YAML is composed once into nodes (which carry positions) and those nodes are then constructed, so
 * the text is scanned a single time.
 */
final class YamlFrontMatter {

    /** YAML 1.2 core schema, like Hexo's js-yaml: {@code yes} stays a string, timestamps stay strings. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setSchema(new CoreSchema())
            .build();

    private static final String DUPLICATE_KEY = "found duplicate key ";

    /** The values of the top-level keys, in file order, and the line of each key. */
    record Values(Map<String, Object> values, Map<String, Integer> lines) {
        static final Values NONE = new Values(Map.of(), Map.of());
    }

    /** The front matter could not be read as YAML; {@code problem} says where and why. */
    static final class UnreadableYaml extends Exception {
        final transient ContentFinding problem;

        UnreadableYaml(ContentFinding problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }
    }

    private YamlFrontMatter() {
    }

    static Values read(String yaml, Path file) throws UnreadableYaml {
        try {
            Optional<Node> root = new Compose(SETTINGS).composeString(yaml);
            if (root.isEmpty()) {
                return Values.NONE;
            }
            if (!(root.get() instanceof MappingNode mapping)) {
                throw new UnreadableYaml(ContentFinding.error(SourcePos.of(file, FrontMatterBlock.YAML_FIRST_LINE),
                        "front-matter", "front matter must be 'key: value' lines, such as 'title: My post'"));
            }
            Map<?, ?> constructed = (Map<?, ?>) new StandardConstructor(SETTINGS).constructSingleDocument(root);
            Map<String, Object> values = new LinkedHashMap<>();
            constructed.forEach((key, value) -> values.put(String.valueOf(key), value));
            return new Values(values, keyLines(mapping));
        } catch (MarkedYamlEngineException e) {
            throw new UnreadableYaml(ContentFinding.error(position(e, file), "front-matter", explain(e)));
        } catch (YamlEngineException e) {
            throw new UnreadableYaml(ContentFinding.error(SourcePos.of(file, 1), "front-matter",
                    "the front matter cannot be read: " + e.getMessage()));
        }
    }

    /**
     * The line of every top-level key and, as {@code key:value}, of every scalar in a top-level list,
     * so that a problem with one alias or tag is reported where that entry is written.
     */
    private static Map<String, Integer> keyLines(MappingNode mapping) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                key.getStartMark().ifPresent(mark -> lines.put(key.getValue(), fileLine(mark)));
                if (tuple.getValueNode() instanceof SequenceNode list) {
                    for (Node entry : list.getValue()) {
                        if (entry instanceof ScalarNode scalar) {
                            scalar.getStartMark().ifPresent(mark ->
                                    lines.putIfAbsent(key.getValue() + ":" + scalar.getValue(), fileLine(mark)));
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static int fileLine(Mark mark) {
        return mark.getLine() + FrontMatterBlock.YAML_FIRST_LINE;
    }

    /**
     * Where to send the author. When the text ends inside an unclosed quote or bracket, the end of the
     * YAML is not where the mistake is: the opening quote or bracket is.
     */
    private static SourcePos position(MarkedYamlEngineException e, Path file) {
        String problem = String.valueOf(e.getProblem());
        boolean endOfText = problem.contains("end of stream") || problem.contains("<stream end>");
        Optional<Mark> mark = endOfText && e.getContextMark().isPresent() ? e.getContextMark() : e.getProblemMark();
        return mark.map(m -> new SourcePos(file, fileLine(m), m.getColumn() + 1))
                .orElseGet(() -> SourcePos.of(file, 1));
    }

    private static String explain(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (e instanceof DuplicateKeyException) {
            String key = problem.startsWith(DUPLICATE_KEY) ? problem.substring(DUPLICATE_KEY.length()) : problem;
            return "the key '" + key + "' is written twice; keep only one of them";
        }
        if (problem.contains("TAB")) {
            return "a tab is used for indentation; YAML allows only spaces, so replace the tab with spaces";
        }
        if (context.contains("quoted scalar")) {
            return "this quoted value is never closed; add the closing quote or remove the opening one";
        }
        String where = context.isEmpty() ? "" : " " + context;
        return "the front matter is not valid YAML (" + problem + where
                + "); check the indentation, the ': ' after each key and the quotes and brackets here";
    }
}
