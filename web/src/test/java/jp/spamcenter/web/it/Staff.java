package jp.spamcenter.web.it;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What staff do in the browser before a test's own steps: sign in and out, create accounts. */
final class Staff {

    private Staff() {}

    static void signIn(WebDriver browser, WebDriverWait wait, URI base, String username, String password) {
        browser.get(base.resolve("staff/login.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:username")))
                .sendKeys(username);
        browser.findElement(By.id("signIn:password")).sendKeys(password);
        browser.findElement(By.id("signIn:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signOut:signOutLink")));
    }

    static void signOut(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.id("signOut:signOutLink")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signIn:username")));
    }

    /** On the advisor's case list: shows one queue, by the label of its link. */
    static void showQueue(WebDriver browser, WebDriverWait wait, String label) {
        browser.findElement(By.xpath("//nav[@id='queues']//a[normalize-space(.)='" + label + "']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#caseList\\:cases .table-header"), label));
    }

    /** From any staff page of the administrator: to the accounts page, and one account there. */
    static void createAccountFrom(
            WebDriver browser, WebDriverWait wait, String username, String displayName, String password, int... role) {
        browser.findElement(By.id("nav-accounts")).click();
        createAccount(browser, wait, username, displayName, password, role);
    }

    /**
     * On the administrator's accounts page: one account with its roles (0 advisor, 1 manager, 2 admin, 3
     * supervisor).
     */
    static void createAccount(
            WebDriver browser, WebDriverWait wait, String username, String displayName, String password, int... role) {
        var chosen = java.util.Arrays.stream(role).boxed().toList();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:username")));
        browser.findElement(By.id("account:username")).sendKeys(username);
        browser.findElement(By.id("account:displayName")).sendKeys(displayName);
        browser.findElement(By.id("account:password")).sendKeys(password);
        List<WebElement> roles = browser.findElements(By.cssSelector("#account\\:roles input[type=checkbox]"));
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).isSelected() != chosen.contains(i)) {
                roles.get(i).click();
            }
        }
        browser.findElement(By.id("account:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:table"), username));
    }

    /**
     * From an advisor's session: the list of all cases, refreshed until the report's case is in it (its analysis
     * and case opening run after commit), then that case's page.
     */
    static void openCase(WebDriver browser, WebDriverWait wait, URI base, String receipt) {
        browser.get(base.resolve("advisor/cases.xhtml?queue=ALL").toString());
        By row = By.xpath("//tr[.//a[text()='" + receipt + "']]");
        wait.until(driver -> {
            if (!driver.findElements(row).isEmpty()) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
        browser.findElement(row).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-receipt"), receipt));
    }
}
