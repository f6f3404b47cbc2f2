package dev.evergreen.maven;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Markdown page per goal, made from the plugin descriptor that maven-plugin-plugin writes from the
 * mojos' annotations and Javadoc, so the user guide lists exactly the parameters the plugin has.
 */
final class PluginDocs {

    static final String REGENERATE = "./mvnw -B -pl maven-plugin test -Dtest=PluginDocsTest -Devergreen.docs.regenerate=true";

    private PluginDocs() {
    }

    /** File name ({@code build.md}) → page text, sorted by goal. */
    static Map<String, String> pages(Path descriptor) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(descriptor.toFile());
        Map<String, String> pages = new TreeMap<>();
        for (Element mojo : children((Element) document.getElementsByTagName("mojos").item(0), "mojo")) {
            pages.put(text(mojo, "goal") + ".md", page(mojo));
        }
        return pages;
    }

    private static String page(Element mojo) {
        String goal = text(mojo, "goal");
        Map<String, String> userProperties = new TreeMap<>();
        Map<String, String> defaults = new TreeMap<>();
        Element configuration = child(mojo, "configuration");
        if (configuration != null) {
            for (Node node = configuration.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element setting) {
                    String expression = setting.getTextContent().strip();
                    if (expression.startsWith("${") && expression.endsWith("}")) {
                        userProperties.put(setting.getTagName(), expression.substring(2, expression.length() - 1));
                    }
                    if (setting.hasAttribute("default-value")) {
                        defaults.put(setting.getTagName(), setting.getAttribute("default-value"));
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder()
                .append("---\ntitle: \"evergreen:").append(goal).append("\"\n")
                .append("description: \"The evergreen:").append(goal).append(" goal and every parameter it takes.\"\n")
                .append("---\n")
                .append("<!-- Generated from the plugin descriptor by PluginDocsTest; edit the mojo's Javadoc and run\n     ")
                .append(REGENERATE).append(" -->\n\n")
                .append(markdown(text(mojo, "description"))).append("\n\n");
        String phase = text(mojo, "phase");
        out.append(phase.isEmpty() ? "Run it on its own: `mvn evergreen:" + goal + "`."
                : "Bound by default to the `" + phase + "` phase.");
        out.append(Boolean.parseBoolean(text(mojo, "threadSafe")) ? " Safe in parallel builds (`mvn -T`).\n\n" : "\n\n");
        out.append("| Parameter | User property | Default | What it does |\n|---|---|---|---|\n");
        Element parameters = child(mojo, "parameters");
        for (Element parameter : parameters == null ? List.<Element>of() : children(parameters, "parameter")) {
            if (!Boolean.parseBoolean(text(parameter, "editable"))) {
                continue;
            }
            String name = text(parameter, "name");
            out.append("| `").append(name).append("` | ")
                    .append(cell(userProperties.get(name))).append(" | ")
                    .append(cell(defaults.get(name))).append(" | ")
                    .append(markdown(text(parameter, "description")))
                    .append(Boolean.parseBoolean(text(parameter, "required")) ? " Required." : "")
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String code) {
        return code == null ? "(none)" : "`" + code + "`";
    }

    /** Descriptor text is plain; only what Markdown or a table would misread is escaped. */
    private static String markdown(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip()
                .replace("&", "&amp;").replace("<", "&lt;").replace("|", "\\|");
    }

    private static String text(Element parent, String tag) {
        Element child = child(parent, tag);
        return child == null ? "" : child.getTextContent().strip();
    }

    private static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }
}
