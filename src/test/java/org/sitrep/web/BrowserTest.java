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
import org.sitrep.Seed;

/** Drives real headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run). */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void readerSearchesAleppoAndOpensTheSeedArticle() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
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
