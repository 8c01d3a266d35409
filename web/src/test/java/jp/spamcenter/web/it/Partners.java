package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What partners do in the tests: an administrator issues their key; they file reports through the api. */
final class Partners {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern RECEIPT = Pattern.compile("\"receiptNumber\":\"([^\"]+)\"");

    private Partners() {}

    /** A report the api accepted. */
    record Filed(long id, String receiptNumber) {}

    /** From any administrator's page: issues a partner's api key and returns it (shown once). */
    static String issueKey(WebDriver browser, WebDriverWait wait, String partner) {
        browser.findElement(By.id("nav-keys")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keys:partnerName")))
                .sendKeys(partner);
        browser.findElement(By.id("keys:issue")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-key")))
                .getText();
    }

    /** Files one message through {@code POST /api/v1/reports}; it must be accepted. */
    static Filed file(URI base, String key, String eml) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("api/v1/reports"))
                                .header("Authorization", "Bearer " + key)
                                .header("Content-Type", "message/rfc822")
                                .POST(HttpRequest.BodyPublishers.ofString(eml))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        var id = ID.matcher(response.body());
        var receipt = RECEIPT.matcher(response.body());
        assertThat(id.find() && receipt.find()).as(response.body()).isTrue();
        return new Filed(Long.parseLong(id.group(1)), receipt.group(1));
    }
}
