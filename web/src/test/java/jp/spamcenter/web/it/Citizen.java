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
        // typed again from the start should the page still be settling after its load and replace the form
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> {
                    var number = driver.findElement(By.id("follow:receiptNumber"));
                    number.clear();
                    number.sendKeys(receipt);
                    var password = driver.findElement(By.id("follow:secret"));
                    password.clear();
                    password.sendKeys(secret);
                    driver.findElement(By.id("follow:lookUp")).click();
                    return true;
                });
    }
}
