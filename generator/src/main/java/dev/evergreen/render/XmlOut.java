package dev.evergreen.render;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/**
 * A small indenting front to {@link XMLStreamWriter}, which does the escaping. Attributes are given as
 * name/value pairs; {@code xml:lang} and {@code xmlns:<prefix>} are written as the namespaces they are.
 */
final class XmlOut {

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;

    XmlOut() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer is unusable", e);
        }
    }

    XmlOut start(String name, String... attributes) {
        run(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
        });
        depth++;
        return this;
    }

    XmlOut end() {
        depth--;
        run(() -> {
            indent();
            xml.writeEndElement();
        });
        return this;
    }

    /** An element holding only text; nothing is written when the text is {@code null}. */
    XmlOut leaf(String name, String content, String... attributes) {
        if (content != null) {
            run(() -> {
                indent();
                xml.writeStartElement(name);
                attributes(attributes);
                xml.writeCharacters(content);
                xml.writeEndElement();
            });
        }
        return this;
    }

    XmlOut empty(String name, String... attributes) {
        run(() -> {
            indent();
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
        return this;
    }

    String finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.close();
        });
        return text + "\n";
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            String name = pairs[i];
            String value = pairs[i + 1];
            if (name.equals("xmlns")) {
                xml.writeDefaultNamespace(value);
            } else if (name.startsWith("xmlns:")) {
                xml.writeNamespace(name.substring("xmlns:".length()), value);
            } else if (name.equals("xml:lang")) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", value);
            } else {
                xml.writeAttribute(name, value);
            }
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private static void run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            // Only reachable through a bug here: the writer targets a StringWriter and escapes all text.
            throw new IllegalStateException("XML writing failed", e);
        }
    }
}
