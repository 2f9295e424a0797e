package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/** Issue 18's layout, measured in real headless Chromium at a laptop's 1366 x 768 and a phone's 390 px. */
class LayoutBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void searchResultsAndArticleListsAreDenseEnoughForFifteenToAScreenAndTheFilterTimelineAndResultsStandSideBySide() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        SiteFixture site = SiteFixture.shared();
        WebDriver browser = start(new Dimension(1366, 768));
        try {
            browser.get(site.base() + "/search?q=Aleppo");
            Map<String, Object> m = measure(browser, "var r = document.querySelector('.results > li').getBoundingClientRect();"
                    + "var f = document.querySelector('#search-form').getBoundingClientRect();"
                    + "var t = document.querySelector('.timeline').getBoundingClientRect();"
                    + "return { row: r.height, results: r.left, form: f.right, timeline: t.left, resultsRight: r.right,"
                    + "  viewport: window.innerHeight };");
            // 15 rows of results in what a 768 px screen leaves below the header, the heading and the count
            assertThat(((Number) m.get("row")).doubleValue()).isLessThanOrEqualTo(44);
            assertThat(((Number) m.get("form")).doubleValue()).isLessThan(((Number) m.get("results")).doubleValue());
            assertThat(((Number) m.get("resultsRight")).doubleValue()).isLessThan(((Number) m.get("timeline")).doubleValue());

            browser.get(site.base() + "/");
            double row = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('.article-list > li').getBoundingClientRect().height;")).doubleValue();
            assertThat(row).isLessThanOrEqualTo(34);
        } finally {
            browser.quit();
        }
    }

    @Test
    void onAPhoneEveryPageIsOneColumnWithoutSidewaysScrollingAndTheSpeakerCardStaysOnScreen() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        SiteFixture site = SiteFixture.shared();
        WebDriver browser = start(new Dimension(390, 844));
        try {
            String article = site.get("/search?q=Aleppo").body().replaceAll("(?s).*?href=\"(/articles/[0-9a-f]+)\".*", "$1");
            for (String path : List.of("/", "/search?q=Aleppo", article, "/entities/person-lyse-doucet", "/entities", "/quotes?q=Aleppo",
                    "/events", "/map", "/places/170063", "/about")) {
                browser.get(site.base() + path);
                long wide = ((Number) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
                assertThat(wide).as("sideways overflow of " + path + " in px").isLessThanOrEqualTo(0);
            }
            browser.get(site.base() + article);
            Map<String, Object> card = measure(browser, "var q = document.querySelector('.quote'); q.focus();"
                    + "var c = q.querySelector('.quote-card').getBoundingClientRect();"
                    + "return { left: c.left, right: c.right, bottom: c.bottom, width: window.innerWidth, height: window.innerHeight };");
            assertThat(((Number) card.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(((Number) card.get("right")).doubleValue()).isLessThanOrEqualTo(((Number) card.get("width")).doubleValue());
            assertThat(((Number) card.get("bottom")).doubleValue()).isLessThanOrEqualTo(((Number) card.get("height")).doubleValue());
        } finally {
            browser.quit();
        }
    }

    @Test
    void theEntityPageDrawsItsNetworkAndItsTimelineSwitchesToArticlesPerHundredStored() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        SiteFixture site = SiteFixture.shared();
        WebDriver browser = start(new Dimension(1366, 900));
        try {
            browser.get(site.base() + "/entities/person-kristen-gillespie");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(b -> b.findElement(By.id("co-network")).getAttribute("data-drawn") != null);
            assertThat(browser.findElements(By.cssSelector("#co-network canvas"))).isNotEmpty();
            assertThat(Integer.parseInt(browser.findElement(By.id("co-network")).getAttribute("data-drawn")))
                    .isEqualTo(1 + browser.findElements(By.cssSelector(".co-table tbody tr")).size());
            wait.until(b -> b.findElement(By.cssSelector(".timeline-chart")).getAttribute("data-drawn") != null);
            browser.findElement(By.cssSelector("input[data-share]")).click();
            assertThat(browser.findElement(By.cssSelector(".timeline-chart")).getAttribute("data-mode")).isEqualTo("share");
            // Cytoscape would add an inline <style>, which the site's CSP refuses with an error in the console.
            assertThat(browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
                    .noneMatch(e -> e.getLevel().intValue() >= 1000);
        } finally {
            browser.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(WebDriver browser, String script) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(script);
    }

    private WebDriver start(Dimension size) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(size);
        return browser;
    }
}
