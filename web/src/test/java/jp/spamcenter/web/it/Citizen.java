package jp.spamcenter.web.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a citizen does in the browser before a test's own steps: report by the web form, follow the report. */
final class Citizen {

    private Citizen() {}

    /**
     * Files a described report on the home page, with a contact address unless null; the receipt number and
     * secret shown.
     */
    static String[] report(
            WebDriver browser, WebDriverWait wait, String subject, String text, String prefecture, String email) {
        if (email != null) {
            browser.findElement(By.id("report:contactEmail")).sendKeys(email);
        }
        browser.findElement(By.id("report:subject")).sendKeys(subject);
        browser.findElement(By.id("report:messageText")).sendKeys(text);
        new Select(browser.findElement(By.id("report:prefecture"))).selectByValue(prefecture);
        browser.findElement(By.id("report:submit")).click();
        String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-number")))
                .getText();
        return new String[] {
            receipt, browser.findElement(By.id("receipt-secret")).getText()
        };
    }

    /** On the status page: types the receipt number and secret and asks. */
    static void lookUp(WebDriver browser, String receipt, String secret) {
        var number = browser.findElement(By.id("follow:receiptNumber"));
        number.clear();
        number.sendKeys(receipt);
        var password = browser.findElement(By.id("follow:secret"));
        password.clear();
        password.sendKeys(secret);
        browser.findElement(By.id("follow:lookUp")).click();
    }
}
