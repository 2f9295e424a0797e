package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.sitrep.JsonObjects;
import org.sitrep.Seed;
import org.sitrep.core.Json;
import org.sitrep.pipeline.Ingestion;
import org.sitrep.pipeline.Pipeline;

/** Drives real headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run). */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    private static void assumeChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
    }

    /** Waits until the page's timeline is drawn; returns the wait, for what the test waits for next. */
    private static WebDriverWait untilTimelineDrawn(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(b -> b.findElement(By.cssSelector(".timeline-chart")).getAttribute("data-drawn") != null);
        return wait;
    }

    @Test
    void readerSearchesAleppoAndOpensTheSeedArticle() throws Exception {
        assumeChromium();
        try (SiteFixture site = new SiteFixture(dir)) {
            WebDriver browser = start();
            try {
                browser.get(site.base() + "/");
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Latest articles");
                var box = browser.findElement(By.id("header-q"));
                box.sendKeys("Aleppo");
                box.submit();
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                wait.until(ExpectedConditions.urlContains("/search?q=Aleppo"));
                browser.findElement(By.linkText(Seed.TITLE)).click();
                wait.until(ExpectedConditions.urlContains("/articles/"));
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(Seed.TITLE);
                assertThat(browser.findElements(By.cssSelector("a.mention"))).isNotEmpty();
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void mapShowsMarkersForTheSeedAndAFilterChangesThemWithoutAnyRequestLeavingThisMachine() throws Exception {
        assumeChromium();
        SiteFixture site = SiteFixture.shared();
        WebDriver browser = start();
        try {
            browser.get(site.base() + "/map");
            // The list and markers are drawn again after each answer of the API: on a loaded machine an element found
            // a moment before may already be replaced, so the checks after the filter wait for their state.
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            wait.until(b -> b.findElement(By.id("map")).getAttribute("data-loaded") != null);
            long places = Long.parseLong(browser.findElement(By.id("map")).getAttribute("data-loaded"));
            assertThat(places).isGreaterThan(5);
            assertThat(placesOnMarkers(browser)).isEqualTo(places);
            assertThat(browser.findElements(By.cssSelector("#map-places tbody tr"))).hasSize((int) places);

            new Select(browser.findElement(By.id("map-outlet"))).selectByValue("Hostile Times");
            browser.findElement(By.cssSelector("#map-filter button[type=submit]")).click();
            wait.until(b -> placesOnMarkers(b) == 1);
            wait.until(b -> b.findElement(By.id("map-status")).getText().equals("1 place · 0 events"));
            wait.until(b -> {
                var rows = b.findElements(By.cssSelector("#map-places tbody tr"));
                return rows.size() == 1 && rows.get(0).getText().startsWith("Aleppo");
            });
            assertThat(browser.getCurrentUrl()).endsWith("/map?outlet=Hostile+Times");

            // The marker can be in the page before Leaflet has finished placing it (a fade or a zoom under way), when
            // keys sent to it fail as "not interactable"; so the key is sent again until the marker takes it.
            wait.ignoring(ElementNotInteractableException.class).ignoring(StaleElementReferenceException.class).until(b -> {
                WebElement m = b.findElement(By.cssSelector(".leaflet-marker-icon.place-marker"));
                if (!"0".equals(m.getAttribute("tabindex")) || !m.getAttribute("aria-label").startsWith("Aleppo, ")) {
                    return false;
                }
                m.sendKeys(Keys.ENTER);
                return true;
            });
            wait.until(b -> !b.findElements(By.linkText("Open the place page")).isEmpty());
            assertThat(browser.findElement(By.linkText("Open the place page")).getAttribute("href")).endsWith("/places/170063");

            var network = requestedUrls(browser).stream().filter(u -> u.matches("(?i)(https?|wss?|ftp)://.*")).toList();
            assertThat(network).contains(site.base() + "/api/v1/places.geojson?outlet=Hostile+Times")
                    .allSatisfy(url -> assertThat(url).startsWith(site.base() + "/"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void draggingAcrossAnEntitysTimelineListsOnlyTheArticlesOfTheWeeksSelected() throws Exception {
        assumeChromium();
        SiteFixture site = SiteFixture.shared();
        WebDriver browser = start();
        try {
            // Under 64rem the timeline spans the page's column, as wide as the offsets below were measured on.
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 900));
            browser.get(site.base() + "/entities/person-kristen-gillespie");
            WebDriverWait wait = untilTimelineDrawn(browser);
            assertThat(browser.findElement(By.id("articles-heading")).getText()).isEqualTo("Articles mentioning Kristen Gillespie (2)");

            WebElement over = browser.findElement(By.cssSelector(".timeline-chart .u-over"));
            int width = over.getRect().getWidth();
            new org.openqa.selenium.interactions.Actions(browser).moveToElement(over, width / 2 - 5, 0).clickAndHold()
                    .moveByOffset(4, 0).release().perform();

            wait.until(b -> b.findElement(By.id("articles-heading")).getText().contains("published"));
            assertThat(browser.findElement(By.id("articles-heading")).getText())
                    .isEqualTo("Articles mentioning Kristen Gillespie published 2016-02-29 to 2016-03-06 (1)");
            assertThat(browser.findElements(By.cssSelector("#entity-articles .article-list li"))).singleElement()
                    .satisfies(li -> assertThat(li.getText()).contains("Hostile page"));
            assertThat(browser.findElement(By.id("timeline-from")).getAttribute("value")).isEqualTo("2016-02-29");
            assertThat(browser.getCurrentUrl()).endsWith("/entities/person-kristen-gillespie?from=2016-02-29&to=2016-03-06");
            assertThat(browser.findElement(By.cssSelector(".timeline-chart .u-select")).getRect().getWidth()).isGreaterThan(2);

            browser.findElement(By.cssSelector(".timeline-table summary")).click();
            assertThat(browser.findElement(By.cssSelector(".timeline-table table")).isDisplayed()).isTrue();
            browser.findElement(By.linkText("All days")).click();
            wait.until(b -> b.findElement(By.id("articles-heading")).getText().endsWith("(2)"));
            assertThat(browser.getCurrentUrl()).endsWith("/entities/person-kristen-gillespie");
            // Any error in the console is a failure, a missing favicon included (issue 18).
            assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).noneMatch(e -> e.getLevel().intValue() >= 1000);
        } finally {
            browser.quit();
        }
    }

    @Test
    void theSearchPageDrawsItsTimelineWhenItArrivesAfterTheResultsAndADragSetsTheSearchsDays() throws Exception {
        assumeChromium();
        SiteFixture site = SiteFixture.shared();
        WebDriver browser = start();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 900));
            // Words no other test searches: the timeline is not yet counted, so the page loads it after the results.
            browser.get(site.base() + "/search?q=Aleppo+province");
            WebDriverWait wait = untilTimelineDrawn(browser);
            assertThat(browser.findElements(By.cssSelector(".timeline-chart canvas"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector(".timeline-chart"))).hasSize(1);

            WebElement over = browser.findElement(By.cssSelector(".timeline-chart .u-over"));
            new org.openqa.selenium.interactions.Actions(browser).moveToElement(over, 0, 0).clickAndHold()
                    .moveByOffset(6, 0).release().perform();
            wait.until(ExpectedConditions.urlContains("from="));
            assertThat(browser.getCurrentUrl()).contains("/search?q=Aleppo+province", "to=");
            assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).noneMatch(e -> e.getLevel().intValue() >= 1000);
        } finally {
            browser.quit();
        }
    }

    @Test
    void eventsPageFiltersByTypeDrawsItsTimelineAndDownloadsTheFilterAsCsvAndTheMapShowsTheEvents() throws Exception {
        assumeChromium();
        EventSite site = EventSite.shared();
        WebDriver browser = start();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
            browser.get(site.base() + "/events");
            WebDriverWait wait = untilTimelineDrawn(browser);
            assertThat(browser.findElements(By.cssSelector("table.events tbody tr"))).hasSize(3);

            new Select(browser.findElement(By.id("ev-type"))).selectByVisibleText("Battles");
            browser.findElement(By.cssSelector("#events-filter button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("type=Battles"));
            assertThat(browser.findElements(By.cssSelector("table.events tbody tr"))).singleElement()
                    .satisfies(row -> assertThat(row.getText()).contains("Armed clash", "12–15", "SANA, 2016-03-01", "Reuters, 2016-03-02"));
            assertThat(browser.findElement(By.cssSelector(".timeline-chart")).getAttribute("data-drawn")).isNotNull();
            assertThat(browser.findElements(By.cssSelector(".timeline-chart canvas"))).isNotEmpty();

            String csv = browser.findElement(By.linkText("ACLED CSV")).getAttribute("href");
            assertThat(csv).isEqualTo(site.base() + "/api/v1/events?type=Battles&format=acled-csv");
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(csv)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(response.body().split("\r\n")).hasSize(3);
            assertThat(response.body()).startsWith("event_id_cnty,");

            browser.findElement(By.linkText("SANA, 2016-03-01")).click();
            wait.until(ExpectedConditions.urlContains("#event-0"));
            assertThat(browser.findElement(By.id("event-0")).findElement(By.xpath("..")).getCssValue("outline-style")).isEqualTo("solid");

            browser.get(site.base() + "/map?type=Battles");
            wait.until(b -> b.findElement(By.id("map")).getAttribute("data-events-loaded") != null);
            assertThat(browser.findElement(By.id("map")).getAttribute("data-events-loaded")).isEqualTo("2");
            Object onMarkers = ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll("
                    + "'#map .event-marker')).reduce((sum, m) => sum + Number(m.getAttribute('data-events') || 0), 0);");
            assertThat(((Number) onMarkers).intValue()).isEqualTo(2);
            assertThat(browser.findElement(By.cssSelector("#map .event-marker")).getAttribute("class")).contains("type-battles");
            assertThat(browser.findElement(By.id("map-status")).getText()).endsWith("· 2 events");
            assertThat(browser.findElement(By.cssSelector("#timeline .timeline-chart")).getAttribute("data-drawn")).isNotNull();

            // A range on the map's timeline sets the filter's dates and reloads the markers.
            WebElement over = browser.findElement(By.cssSelector("#timeline .u-over"));
            int width = over.getRect().getWidth();
            new org.openqa.selenium.interactions.Actions(browser).moveToElement(over, -width / 2 + 3, 0).clickAndHold()
                    .moveByOffset(width - 6, 0).release().perform();
            wait.until(ExpectedConditions.urlContains("from=2016-02-29&to=2016-02-29"));
            assertThat(browser.findElement(By.id("map-from")).getAttribute("value")).isEqualTo("2016-02-29");
            wait.until(b -> b.findElement(By.id("map-status")).getText().endsWith("· 2 events"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void anArticleStoredWhileTheHomePageIsOpenAppearsWithoutAReloadAndTheUploadAndSourcesFormsWorkWithTheToken() throws Exception {
        assumeChromium();
        String token = "browser-token-of-some-length";
        try (SiteFixture site = new SiteFixture(dir.resolve("site"), token, true)) {
            WebDriver browser = start();
            try {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
                browser.get(site.base() + "/");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
                wait.until(b -> (Boolean) ((JavascriptExecutor) b).executeScript("return typeof htmx !== 'undefined';"));
                ((JavascriptExecutor) browser).executeScript("window.sitrepNotReloaded = true;");
                assertThat(browser.findElement(By.id("home-live")).getText()).doesNotContain("Barrel bombs on Daraya");

                Path file = Files.writeString(dir.resolve("daraya.html"), "<html><body><article><h1>Barrel bombs on Daraya</h1>"
                        + "<p>Helicopters dropped barrel bombs on Daraya on Wednesday, the civil defence said.</p></article></body></html>");
                new Ingestion(Pipeline.standard().withLocator(TestPlaces::locator), site.workspace(), 1)
                        .run(java.util.List.of(file), org.sitrep.core.Hints.NONE, org.sitrep.pipeline.IngestListener.NONE);
                wait.until(b -> b.findElement(By.id("home-live")).getText().contains("Barrel bombs on Daraya"));
                assertThat(((JavascriptExecutor) browser).executeScript("return window.sitrepNotReloaded === true;")).isEqualTo(true);
                assertThat(browser.findElement(By.cssSelector("#home-live .count")).getText()).isEqualTo("3 articles, newest first.");

                browser.get(site.base() + "/upload");
                browser.findElement(By.id("upload-files")).sendKeys(dir.resolve("daraya.html").toString());
                browser.findElement(By.id("upload-title")).sendKeys("Aid reaches Madaya");
                browser.findElement(By.id("upload-text")).sendKeys("An aid convoy reached Madaya on Monday, the Red Cross said.");
                browser.findElement(By.id("upload-token")).sendKeys(token);
                browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
                wait.until(b -> b.findElement(By.id("upload-result-heading")).getText().startsWith("Stored"));
                assertThat(browser.findElement(By.id("upload-result-heading")).getText()).isEqualTo("Stored 2 articles");
                browser.findElement(By.linkText("pasted text “Aid reaches Madaya”")).click();
                wait.until(ExpectedConditions.urlContains("/articles/"));
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Aid reaches Madaya");

                browser.get(site.base() + "/sources");
                browser.findElement(By.id("source-url")).sendKeys("http://127.0.0.1:9/feed.xml");
                browser.findElement(By.id("source-token")).sendKeys(token);
                browser.findElement(By.cssSelector("#add-source button[type=submit]")).click();
                wait.until(b -> !b.findElements(By.cssSelector("table.source-table tbody tr")).isEmpty());
                assertThat(browser.findElement(By.cssSelector("table.source-table tbody tr")).getText()).contains("http://127.0.0.1:9/feed.xml", "15m", "never");

                assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                        .noneMatch(e -> e.getLevel().intValue() >= 1000 && !e.getMessage().contains("/favicon.ico"));
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void anArticleStoredWhileASearchIsOpenShowsANoticeInsteadOfReorderingTheResults() throws Exception {
        assumeChromium();
        try (org.sitrep.pipeline.Workspace workspace = org.sitrep.pipeline.Workspace.open(dir.resolve("live"));
             WebServer server = new WebServer(workspace, new org.sitrep.pipeline.IngestProgress(), null)) {
            saveDirectly(workspace, "2016-03-01", "Shelling hit Aleppo on Tuesday.");
            server.start("127.0.0.1", 0);
            WebDriver browser = start();
            try {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
                browser.get("http://127.0.0.1:" + server.port() + "/search?q=Aleppo");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
                wait.until(b -> (Boolean) ((JavascriptExecutor) b).executeScript("return typeof htmx !== 'undefined';"));
                ((JavascriptExecutor) browser).executeScript("window.sitrepNotReloaded = true;");
                assertThat(browser.findElements(By.cssSelector("ol.results > li"))).hasSize(1);

                saveDirectly(workspace, "2016-03-02", "Air strikes on Aleppo killed five.");
                wait.until(b -> !b.findElements(By.cssSelector(".live-notice a")).isEmpty());
                assertThat(browser.findElement(By.cssSelector(".live-notice a")).getText()).isEqualTo("1 new article matches this search — show them");
                assertThat(((JavascriptExecutor) browser).executeScript("return window.sitrepNotReloaded === true;")).isEqualTo(true);
                assertThat(browser.findElements(By.cssSelector("ol.results > li"))).hasSize(1);

                browser.findElement(By.cssSelector(".live-notice a")).click();
                wait.until(b -> b.findElements(By.cssSelector("ol.results > li")).size() == 2);
                assertThat(browser.getCurrentUrl()).endsWith("/search?q=Aleppo");
                assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).noneMatch(e -> e.getLevel().intValue() >= 1000);
            } finally {
                browser.quit();
            }
        }
    }

    /** Stores an article without NLP and makes it searchable. */
    private static void saveDirectly(org.sitrep.pipeline.Workspace workspace, String day, String paragraph) {
        var article = org.sitrep.EventArticles.article("Reuters", java.time.LocalDate.parse(day), paragraph);
        workspace.save(org.sitrep.EventArticles.processed(article, java.util.List.of()));
        workspace.commit();
    }

    /** How many places the map's markers stand for (a merged marker stands for several). */
    private static long placesOnMarkers(WebDriver browser) {
        Object n = ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll("
                + "'#map .leaflet-marker-icon')).reduce((sum, m) => sum + Number(m.getAttribute('data-places') || 0), 0);");
        return ((Number) n).longValue();
    }

    /** Every URL the browser requested, from Chromium's network log (its own chrome:// pages included). */
    private static java.util.List<String> requestedUrls(WebDriver browser) {
        java.util.List<String> urls = new java.util.ArrayList<>();
        for (var entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            var message = JsonObjects.object(JsonObjects.object(Json.parse(entry.getMessage()).orElseThrow()).get("message"));
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                urls.add((String) JsonObjects.object(JsonObjects.object(message.get("params")).get("request")).get("url"));
            }
        }
        return urls;
    }

    private WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }
}
