package jp.spamcenter.web.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver. Never downloads a browser. Where either is missing
 * the browser tests are skipped with a loud message, or fail when {@code -De2e.required=true} (as in CI).
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    /** A fresh browser with its own profile, or the test is skipped (failed when browsers are required). */
    static WebDriver start(Path profileParent) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "BROWSER TESTS NOT RUN: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver)";
            System.err.println("\n!!!!! " + message + " !!!!!\n");
            if (Boolean.getBoolean("e2e.required")) {
                Assertions.fail(message + "; -De2e.required=true makes this a failure");
            }
            Assumptions.abort(message);
        }
        Files.createDirectories(profileParent);
        Path profile = Files.createTempDirectory(profileParent, "chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--window-size=1280,1000",
                "--lang=ja",
                "--user-data-dir=" + profile);
        // the console is read after each test: a script the pages' policy refused is a failure (BrowserSession)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
