package jp.spamcenter.web.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** PrimeFaces widgets as a person works them: by what they show, not by their hidden inputs. */
final class Widgets {

    private Widgets() {}

    /**
     * Picks the item of a {@code p:selectOneMenu} (by its client id) whose label contains the text, by keyboard
     * as a keyboard user does: the menu opens on a click, the arrow keys move from the chosen item to the wanted
     * one, Enter takes it. (Clicking an item while the panel still slides open can miss it.)
     */
    static void choose(WebDriver browser, WebDriverWait wait, String menuId, String label) {
        // where the wanted item and the chosen one are; read again when a partial update replaces the menu
        int[] positions = wait.until(driver -> {
            List<String> labels =
                    driver.findElement(By.id(menuId + "_input")).findElements(By.tagName("option")).stream()
                            .map(o -> o.getAttribute("textContent"))
                            .toList();
            List<Boolean> selected =
                    driver.findElement(By.id(menuId + "_input")).findElements(By.tagName("option")).stream()
                            .map(WebElement::isSelected)
                            .toList();
            int wantedAt = -1;
            for (int i = 0; i < labels.size() && wantedAt < 0; i++) {
                wantedAt = labels.get(i).contains(label) ? i : -1;
            }
            if (wantedAt < 0) {
                throw new AssertionError("the menu " + menuId + " has no item " + label + ": " + labels);
            }
            return new int[] {wantedAt, Math.max(0, selected.indexOf(true))};
        });
        int wanted = positions[0];
        int current = positions[1];
        browser.findElement(By.id(menuId)).click();
        wait.until(
                driver -> driver.findElements(By.id(menuId + "_panel")).stream().anyMatch(WebElement::isDisplayed));
        var keys = new Actions(browser);
        for (int i = current; i != wanted; i += wanted > current ? 1 : -1) {
            keys.sendKeys(wanted > current ? Keys.ARROW_DOWN : Keys.ARROW_UP);
        }
        keys.sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
    }

    /** Answers "yes" in the page's global {@code p:confirmDialog}. */
    static void confirm(WebDriver browser, WebDriverWait wait) {
        wait.until(driver -> driver.findElements(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null))
                .click();
    }

    /** Ticks a {@code p:selectBooleanCheckbox} by its client id. */
    static void tick(WebDriver browser, String checkboxId) {
        browser.findElement(By.cssSelector("#" + checkboxId.replace(":", "\\:") + " .ui-chkbox-box"))
                .click();
    }

    /** Waits until PrimeFaces has no request in flight (its queue is empty). */
    static void ajaxIdle(WebDriver browser, WebDriverWait wait) {
        wait.until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }
}
