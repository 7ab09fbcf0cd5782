package io.transcheck.report;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * Debian's headless Chromium driven by Selenium, for testing the review page as a reviewer sees it.
 * Nothing is downloaded: the browser and its driver are the system's ({@code scripts/test.sh}
 * installs the packages {@code chromium chromium-driver}); without them the calling test is skipped.
 * The flags keep Chromium from reaching for a network this machine does not have.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Skips the calling test, saying why, when Chromium or its driver is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing "
                        + "(apt-get install chromium chromium-driver; scripts/test.sh installs them)");
    }

    /** A fresh headless Chromium whose downloads land in {@code downloads}. */
    public static Browser open(Path downloads) throws IOException {
        assumeInstalled();
        Files.createDirectories(downloads);
        Path profile = Files.createTempDirectory("transcheck-chromium");
        // never let Selenium Manager look for (or fetch) a driver or a browser
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120)).scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile, downloads);
    }

    public WebDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    /** Opens a page from the file system and waits until its script has built it. */
    public void load(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
        waitFor(d -> "true".equals(js("return document.documentElement.getAttribute('data-ready')")), 120);
    }

    /** The number of flags the review page says it shows (read in one script: the element is rebuilt as filters change). */
    public int visibleCount() {
        return ((Number) js("return Number(document.getElementById('visible-count').textContent)")).intValue();
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public <T> T waitFor(Function<WebDriver, T> condition, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50)).until(condition::apply);
    }

    /** The one file that appears in the downloads folder (Chromium writes .crdownload first). */
    public Path awaitDownload(int seconds) {
        return waitFor(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        }, seconds);
    }

    @Override public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            ReportWriter.deleteTree(profile);
        }
    }
}
