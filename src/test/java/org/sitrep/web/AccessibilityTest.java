package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 18: axe-core (from its WebJar, injected by the test, so the site never serves it) finds no serious or
 * critical violation on any page type, at a laptop's width and a phone's; the navigation marks the current page and
 * the favicon is served.
 */
class AccessibilityTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    /** What the check returns: the serious and critical violations, each with the first nodes it names. */
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document).then(function (r) {"
            + "  done({ passes: r.passes.length, serious: r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
            + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at '"
            + "      + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); }) });"
            + "}).catch(function (e) { done({ passes: 0, serious: ['axe failed: ' + e] }); });";

    @TempDir
    Path dir;

    @Test
    void everyPageTypeHasNoSeriousOrCriticalAxeViolationAtLaptopAndPhoneWidths() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
        SiteFixture site = SiteFixture.shared();
        String article = site.get("/search?q=Aleppo").body().replaceAll("(?s).*?href=\"(/articles/[0-9a-f]+)\".*", "$1");
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("search", "/search?q=Aleppo");
        // A chosen outlet, listed with the others that can be added (issue 18's multi-select facets).
        pages.put("search, outlet chosen", site.get("/search?q=Aleppo").body()
                .replaceAll("(?s).*?href=\"(/search\\?q=Aleppo&amp;outlet=[^\"]+)\".*", "$1").replace("&amp;", "&"));
        pages.put("article", article);
        pages.put("entity", "/entities/person-kristen-gillespie");
        pages.put("entities", "/entities");
        pages.put("quotes", "/quotes?q=Aleppo");
        pages.put("quotes, empty", "/quotes");
        pages.put("place", "/places/170063");
        pages.put("map", "/map");
        pages.put("events", "/events");
        pages.put("about", "/about");
        pages.put("404", "/no/such/page");
        String axe = axeSource();
        WebDriver browser = start();
        try {
            List<String> found = new ArrayList<>();
            for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                for (var page : pages.entrySet()) {
                    browser.get(site.base() + page.getValue());
                    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                            .until(b -> "complete".equals(((JavascriptExecutor) b).executeScript("return document.readyState")));
                    ((JavascriptExecutor) browser).executeScript(axe);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(RUN);
                    assertThat(((Number) result.get("passes")).intValue()).as("rules axe found met on " + page.getKey()).isGreaterThan(5);
                    @SuppressWarnings("unchecked")
                    List<String> violations = (List<String>) result.get("serious");
                    violations.forEach(v -> found.add(page.getKey() + " at " + size.getWidth() + " px: " + v));
                }
            }
            assertThat(found).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void navigationMarksTheCurrentSectionAndTheFaviconIsAnSvgFromTheSite() throws Exception {
        SiteFixture site = SiteFixture.shared();
        String search = site.get("/search?q=Aleppo").body();
        assertThat(search).contains("<a href=\"/search\" aria-current=\"page\">Search</a>")
                .contains("<a href=\"/quotes\">Statements</a>")
                .contains("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">");
        var icon = site.get("/static/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityTest.class.getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core's WebJar on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }
}
