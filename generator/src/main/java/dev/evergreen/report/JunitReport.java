package dev.evergreen.report;

import dev.evergreen.finding.Finding;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code links-junit.xml}: one test case per source file, so CI test views list every checked file and
 * mark the ones with errors failed. Errors are the failure; warnings and info go to system-out.
 */
final class JunitReport {

    private static final String SUITE = "evergreen";

    private JunitReport() {
    }

    static String render(Report report) {
        StringWriter out = new StringWriter();
        try {
            // The JDK's own writer, not whichever StAX implementation is on the classpath: same bytes everywhere.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            new JunitReport.Writer(xml).document(report);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML to a string", e);
        }
        return out.append('\n').toString();
    }

    private record Writer(XMLStreamWriter xml) {

        void document(Report report) throws XMLStreamException {
            var byFile = report.byFile();
            long failed = byFile.values().stream().filter(fs -> fs.stream().anyMatch(Finding::isError)).count();
            String tests = Integer.toString(report.files().size());
            String time = String.format(Locale.ROOT, "%.3f", report.stats().durationMillis() / 1000.0);

            xml.writeStartDocument("UTF-8", "1.0");
            newline(0);
            xml.writeStartElement("testsuites");
            suiteAttributes(tests, failed, time);
            newline(1);
            xml.writeStartElement("testsuite");
            suiteAttributes(tests, failed, time);
            attribute("skipped", "0");
            for (String file : report.files()) {
                newline(2);
                testCase(file, byFile.getOrDefault(file, List.of()));
            }
            newline(1);
            xml.writeEndElement();
            newline(0);
            xml.writeEndElement();
            xml.writeEndDocument();
        }

        private void suiteAttributes(String tests, long failed, String time) throws XMLStreamException {
            attribute("name", SUITE);
            attribute("tests", tests);
            attribute("failures", Long.toString(failed));
            attribute("errors", "0");
            attribute("time", time);
        }

        private void testCase(String file, List<Finding> findings) throws XMLStreamException {
            if (findings.isEmpty()) {
                xml.writeEmptyElement("testcase");
                testCaseAttributes(file);
                return;
            }
            xml.writeStartElement("testcase");
            testCaseAttributes(file);
            List<Finding> errors = findings.stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                newline(3);
                xml.writeStartElement("failure");
                attribute("message", Report.severityCounts(errors) + " in " + file);
                attribute("type", errors.stream().map(Finding::kind).distinct().sorted()
                        .collect(Collectors.joining(",")));
                xml.writeCharacters(lines(errors));
                xml.writeEndElement();
            }
            String others = lines(findings.stream().filter(f -> !f.isError()).toList());
            if (!others.isEmpty()) {
                newline(3);
                xml.writeStartElement("system-out");
                xml.writeCharacters(others);
                xml.writeEndElement();
            }
            newline(2);
            xml.writeEndElement();
        }

        private void testCaseAttributes(String file) throws XMLStreamException {
            attribute("classname", SUITE);
            attribute("name", file);
        }

        private void attribute(String name, String value) throws XMLStreamException {
            xml.writeAttribute(name, text(value));
        }

        private void newline(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }

        private static String lines(List<Finding> findings) {
            return text(findings.stream().map(ConsoleReport::line).collect(Collectors.joining("\n")));
        }

        /** XML 1.0 cannot carry most control characters, even escaped; they would make the file unreadable. */
        private static String text(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            s.codePoints().forEach(c -> sb.appendCodePoint(
                    c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000 ? c : 0xFFFD));
            return sb.toString();
        }
    }
}
