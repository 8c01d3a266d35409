package jp.spamcenter.web.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * When a browser test fails, keeps what the browser showed (address, visible text, page source) under
 * {@code target/it/} and prints the visible text, before the browser is closed: a failure in CI can be read.
 */
final class PageOnFailure implements AfterTestExecutionCallback {

    private final Supplier<WebDriver> browser;

    PageOnFailure(Supplier<WebDriver> browser) {
        this.browser = browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        WebDriver driver = browser.get();
        if (context.getExecutionException().isEmpty() || driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        String text = driver.getCurrentUrl() + "\n"
                + driver.findElement(By.tagName("body")).getText();
        Path folder = Path.of(System.getProperty("it.work.dir", "target/it"));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        System.err.println("=== " + name + " failed on this page ===\n" + text + "\n===");
    }
}
