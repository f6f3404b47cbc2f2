package dev.evergreen.build;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The default theme in a real browser: Debian's headless Chromium, driven through its chromedriver, on the
 * bundled site served on loopback. Skipped with a notice when Chromium is not installed, except in CI
 * ({@code CI=true}), where it must run ({@code .ci/run} installs Chromium and axe-core).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefaultThemeBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("..", "themes", "default", "src", "test", "js", "node_modules",
            "axe-core", "axe.min.js");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern REQUEST_URL =
            Pattern.compile("\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]*)\"");
    private static final String ARTICLE = "2026/11/26/the-default-theme/";
    private static final String RECORDING = "recordings/theme-walkthrough/";
    private static final String DOC = "docs/writing/";

    private HttpServer server;
    private String base;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            assertThat(inCi()).as("CI must run the browser tests: install chromium and chromium-driver").isFalse();
            System.err.println("NOTICE: DefaultThemeBrowserTest skipped: install the Debian packages chromium and"
                    + " chromium-driver to run it");
        }
        assumeTrue(installed, "Chromium is not installed");
        server = serve(BuiltContentSite.output());
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        browser = chromium();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void lightSchemeAndNoStoredChoice() {
        browser.get(base);
        browser.executeScript("localStorage.clear()");
        scheme("light");
    }

    @Test
    void screenshotsOfHomeArticleRecordingAndSearchAtTwoWidthsInBothSchemes() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Map<String, String> pages = Map.of("home", "", "article", ARTICLE, "recording", RECORDING,
                "search", "search/?q=theme", "doc", DOC);
        for (String colourScheme : List.of("light", "dark")) {
            scheme(colourScheme);
            for (int width : List.of(375, 1280)) {
                browser.manage().window().setSize(new Dimension(width, 900));
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    browser.get(base + page.getValue());
                    assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).isTrue();
                    long overflow = (Long) browser.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    assertThat(overflow).as("%s at %d px scrolls sideways", page.getKey(), width).isLessThanOrEqualTo(0);
                    File shot = browser.getScreenshotAs(OutputType.FILE);
                    Files.copy(shot.toPath(), SCREENSHOTS.resolve(page.getKey() + "-" + width + "-" + colourScheme
                            + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void aChineseQueryAndAnEnglishQueryFindTheirArticles() {
        assertThat(firstResult("排版")).isEqualTo("为长期阅读而设计的中文排版");
        assertThat(browser.findElements(By.cssSelector(".search-results a mark"))).extracting(WebElement::getText)
                .contains("排版");
        assertThat(firstResult("copy button")).isEqualTo("The default theme");
    }

    @Test
    void aSiteOfSeveralIndexShardsSearchesAllOfThemFromAFolderOnDisk(@TempDir Path tmp) throws IOException {
        Path source = FixtureSites.copy("basic", tmp);
        Path notes = Files.createDirectories(source.resolve("notes"));
        // Enough pages for two shards of the search index (see SearchShards).
        for (int i = 0; i < 300; i++) {
            Files.writeString(notes.resolve("note-" + i + ".md"), "---\ntitle: Note " + i + "\n---\nA zettel, number " + i + ".\n");
        }
        Path site = tmp.resolve("site");
        FixtureSites.quietBuild(source, site);
        assertThat(site.resolve("search-index/shard-1.js")).isRegularFile();

        browser.get(site.resolve("search/index.html").toUri() + "?q=zettel");
        String status = new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> {
            String text = b.findElement(By.cssSelector(".search-status")).getText();
            return text.contains("result") ? text : null;
        });
        assertThat(status).isEqualTo("300 results for “zettel”.");
        assertThat(firstResultOf(site.resolve("search/index.html").toUri() + "?q=number+123")).isEqualTo("Note 123");
        assertThat(browser.findElement(By.cssSelector(".search-results li a")).getAttribute("href"))
                .isEqualTo(site.resolve("notes/note-123/index.html").toUri().toString());
    }

    @Test
    void tableOfContentsLinksScrollToTheirHeadings() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + ARTICLE);
        browser.findElement(By.cssSelector(".toc a[href='#overriding-the-theme']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> {
            Number top = (Number) browser.executeScript(
                    "return document.getElementById('overriding-the-theme').getBoundingClientRect().top");
            return Math.abs(top.doubleValue()) < 40;
        });
        assertThat(browser.getCurrentUrl()).endsWith("#overriding-the-theme");
    }

    @Test
    void tabsShowOnePanelAtATimeAndTheSidebarFoldsOtherSections() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + DOC);
        List<WebElement> tabs = browser.findElements(By.cssSelector(".tab-list [role=tab]"));
        List<WebElement> panels = browser.findElements(By.cssSelector(".tabs .tab-panel"));
        assertThat(tabs).extracting(WebElement::getText).containsExactly("Maven", "CLI");
        assertThat(panels).extracting(WebElement::isDisplayed).containsExactly(true, false);

        tabs.get(1).click();

        assertThat(panels).extracting(WebElement::isDisplayed).containsExactly(false, true);
        assertThat(tabs.get(1).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector(".doc-nav [aria-current=page]")).getText())
                .isEqualTo("Callouts, tabs and included code");
        assertThat(browser.findElement(By.cssSelector(".doc-nav details summary")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".doc-nav details ul a")))
                .as("a sub-section the page is not in starts folded")
                .isNotEmpty().allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
    }

    @Test
    void theDarkModeToggleSticksAcrossAReload() {
        browser.get(base + ARTICLE);
        WebElement toggle = browser.findElement(By.cssSelector(".theme-toggle"));
        assertThat(toggle.isDisplayed()).isTrue();
        toggle.click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        String background = (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor");
        assertThat(background).isEqualTo("rgb(13, 17, 23)");
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationsInEitherScheme() throws IOException {
        boolean present = Files.isRegularFile(AXE);
        if (!present) {
            assertThat(inCi()).as("CI must run axe-core: .ci/run installs it with npm ci").isFalse();
            System.err.println("NOTICE: axe-core checks skipped: run npm ci in themes/default/src/test/js");
        }
        assumeTrue(present, "axe-core is not installed");
        String axe = Files.readString(AXE);
        List<String> problems = new ArrayList<>();
        for (String colourScheme : List.of("light", "dark")) {
            scheme(colourScheme);
            for (String page : List.of("", ARTICLE, RECORDING, "search/?q=theme", DOC)) {
                browser.get(base + page);
                browser.executeScript(axe);
                Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                        + "    .map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));"
                        + "});");
                for (Object violation : (List<?>) result) {
                    problems.add("/" + page + " (" + colourScheme + "): " + violation);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noRequestLeavesLoopbackWhilePagesLoad() {
        browser.manage().logs().get(LogType.PERFORMANCE);
        for (String page : List.of("", ARTICLE, RECORDING, "search/?q=theme", "tags/", "archives/", DOC)) {
            browser.get(base + page);
        }
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            Matcher m = REQUEST_URL.matcher(entry.getMessage());
            if (m.find()) {
                urls.add(m.group(1));
            }
        }
        assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(url).matches("^(http://127\\.0\\.0\\.1:\\d+/|data:).*"));
        assertThat(urls).anyMatch(url -> url.endsWith("/assets/evergreen.css"))
                .anyMatch(url -> url.endsWith("/search-index/shard-0.js"));
    }

    private String firstResult(String query) {
        return firstResultOf(base + "search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
    }

    private String firstResultOf(String searchUrl) {
        browser.get(searchUrl);
        return new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(b -> b.findElements(By.cssSelector(".search-results li a")).stream().findFirst()
                        .map(WebElement::getText).orElse(null));
    }

    /** Emulates the system colour scheme; reduced motion makes in-page scrolling immediate. */
    private void scheme(String colourScheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "prefers-color-scheme", "value", colourScheme),
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    private static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private ChromeDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("evergreen-chromium"));
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Serves the built site on loopback: folders as their index.html, 404.html for what is missing. */
    private static HttpServer serve(Path site) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = java.net.URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = site.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                file = site.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", contentType(file));
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (name.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (name.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }
}
