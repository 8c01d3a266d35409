package jp.spamcenter.web.it;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser per test, for the browser tests against the deployed WAR: started on first use, closed after
 * the test. A script or style the pages' Content-Security-Policy refused, on any page the test went through,
 * fails the test: the console is read before the browser closes. When the test fails, what the browser showed (address, visible text, page source) is kept under
 * {@code target/it/} and the visible text printed before the browser closes, so a failure in CI can be read.
 *
 * <pre>{@code
 * @ArquillianResource URL deployed;
 * @RegisterExtension final BrowserSession session = new BrowserSession(() -> deployed);
 * }</pre>
 */
final class BrowserSession implements AfterTestExecutionCallback, AfterEachCallback {

    private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it"));

    private final Supplier<URL> deployed;
    private final Duration patience;
    private WebDriver browser;
    private WebDriverWait wait;

    BrowserSession(Supplier<URL> deployed) {
        this(deployed, Duration.ofSeconds(30));
    }

    BrowserSession(Supplier<URL> deployed, Duration patience) {
        this.deployed = deployed;
        this.patience = patience;
    }

    /** The application's address on loopback. */
    URI base() {
        return CenterDeployment.loopback(deployed.get());
    }

    /** The browser, started on first use. */
    WebDriver browser() throws Exception {
        if (browser == null) {
            browser = Browser.start(WORK);
            wait = new WebDriverWait(browser, patience);
            wait.ignoring(StaleElementReferenceException.class);
        }
        return browser;
    }

    /** Waits up to the session's patience, ignoring elements that a partial update replaced meanwhile. */
    WebDriverWait await() throws Exception {
        browser();
        return wait;
    }

    /** Opens a page of the application by its address relative to the application's root. */
    void open(String relative) throws Exception {
        browser().get(base().resolve(relative).toString());
    }

    /** GETs an address with the browser's cookies (its signed-in session), as a download would; it must be 200. */
    byte[] download(URI address) throws Exception {
        var cookies = new StringBuilder();
        browser()
                .manage()
                .getCookies()
                .forEach(c -> cookies.append(c.getName())
                        .append('=')
                        .append(c.getValue())
                        .append("; "));
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(address)
                                .header("Cookie", cookies.toString())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        org.assertj.core.api.Assertions.assertThat(response.statusCode())
                .as(() -> address + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return response.body();
    }

    /**
     * What the pages' Content-Security-Policy refused since the last call (the browser's console, which this
     * read empties).
     */
    List<String> refusedByPolicy() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        if (context.getExecutionException().isEmpty() || browser == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        String text = browser.getCurrentUrl() + "\n"
                + browser.findElement(By.tagName("body")).getText();
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(WORK.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
        System.err.println("=== " + name + " failed on this page ===\n" + text + "\n===");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser == null) {
            return;
        }
        List<String> refused;
        try {
            refused = refusedByPolicy();
        } finally {
            browser.quit();
            browser = null;
            wait = null;
        }
        org.assertj.core.api.Assertions.assertThat(refused)
                .as("what the pages' Content-Security-Policy refused")
                .isEmpty();
    }
}
