package dev.evergreen.report;

import dev.evergreen.finding.ContentFinding;
import dev.evergreen.finding.SourcePos;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JunitReportTest {

    @Test
    void oneTestCasePerSourceFileWithErrorsAsFailures() throws Exception {
        Document xml = parse(JunitReport.render(ReportFixture.report()));

        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("7");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        assertThat(suite.getAttribute("time")).isEqualTo("1.234");
        assertThat(names(xml.getElementsByTagName("testcase"))).containsExactly("about.md", "index.md", "posts/a.md",
                "posts/b.md", "posts/中文.md", "recordings/talk 1.md", "templates/base.ftl");

        Element a = testCase(xml, "posts/a.md");
        Element failure = (Element) a.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("broken,missing-anchor");
        assertThat(failure.getTextContent().lines()).containsExactly(
                "posts/a.md:12: broken: https://example.com/gone (404)",
                "posts/a.md:12: missing-anchor: /guide/#setup: no element with id 'setup' on /guide/");
        assertThat(a.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("posts/a.md:30: moved: ");
        assertThat(testCase(xml, "posts/中文.md").getTextContent()).contains(ReportFixture.SCRIPT_URL);
        assertThat(testCase(xml, "index.md").hasChildNodes()).isFalse();
        assertThat(testCase(xml, "posts/b.md").getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void controlCharactersDoNotMakeTheFileUnreadable() throws Exception {
        Report report = Report.of(List.of(ContentFinding.error(SourcePos.of(Path.of("a.md"), 1), "bad\u0001kind",
                "nul\u0000here")), List.of(), ReportFixture.STATS);

        Document xml = parse(JunitReport.render(report));

        assertThat(xml.getElementsByTagName("failure").item(0).getTextContent())
                .isEqualTo("a.md:1: bad\uFFFDkind: nul\uFFFDhere");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
    }

    private static Element testCase(Document xml, String name) {
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element element = (Element) cases.item(i);
            if (element.getAttribute("name").equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no test case " + name);
    }

    private static List<String> names(NodeList nodes) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            names.add(((Element) nodes.item(i)).getAttribute("name"));
        }
        return names;
    }
}
