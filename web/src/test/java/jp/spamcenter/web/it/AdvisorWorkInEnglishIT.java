package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps of an advisor's work that {@link AdvisorDayIT} does not walk, in English, as a new advisor and a
 * supervisor would: a supervisor writes and publishes a guidance article and assigns a case; the advisor
 * raises its priority, takes a second report of the same spam and merges it in, replies with the new article;
 * each citizen reads the reply with their own receipt number, and neither reads the other's answer. Then a
 * phone call filed for a caller, and its case closed from the list.
 */
@ExtendWith(ArquillianExtension.class)
class AdvisorWorkInEnglishIT {

    private static final String DOMAIN = "english-walk.example.org";

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(() -> deployed);

    @Test
    void superviseAssignPrioritiseMergeReplyInEnglish() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();

        // two citizens report the same fake parcel notice, in English; one gives an address
        String subject = "Your parcel could not be delivered " + System.nanoTime();
        String text =
                "We tried to deliver your parcel today. Confirm your address at hxxp://parcel-redelivery.example/t";
        session.open("?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Report a spam message");
        String[] first = Citizen.report(browser, wait, subject, text, "13", "first@" + DOMAIN);
        session.open("?lang=en");
        String[] second = Citizen.report(browser, wait, subject, text + "?id=8812", "27", null);

        // the administrator makes an advisor and a supervisor
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        Staff.createAccount(browser, wait, "en-advisor", "Ken Mori", "en-advisor-Passw0rd", 0);
        Staff.createAccount(browser, wait, "en-supervisor", "Mari Ono", "en-supervisor-Passw0rd", 0, 3);
        Staff.signOut(browser, wait);

        // the supervisor writes an article for this kind of spam and publishes it
        Staff.signIn(browser, wait, base, "en-supervisor", "en-supervisor-Passw0rd");
        browser.findElement(By.id("nav-guidance")).click();
        WebElement emptyEditor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("guidance:slug")));
        browser.findElement(By.id("guidance:new")).click();
        wait.until(ExpectedConditions.stalenessOf(emptyEditor));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("guidance:slug")))
                .sendKeys("parcel-notice");
        browser.findElement(By.id("guidance:situationJa")).sendKeys("SMSやメールの偽の不在通知");
        browser.findElement(By.id("guidance:situationEn")).sendKeys("A fake delivery notice by SMS or mail");
        browser.findElement(By.id("guidance:titleJa")).sendKeys("不在通知を装うメッセージ");
        browser.findElement(By.id("guidance:bodyJa")).sendKeys("宅配業者が不在通知のリンクで住所を確認することはありません。");
        browser.findElement(By.id("guidance:titleEn")).sendKeys("Fake parcel delivery notices");
        browser.findElement(By.id("guidance:bodyEn"))
                .sendKeys("Delivery companies never ask you to confirm your address"
                        + " through a link in a missed-delivery notice. Do not open the link.");
        browser.findElement(By.id("guidance:save")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("guidance:messages"), "Saved as version 1"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("guidance:versions:0:publish")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("guidance:messages"), "Version 1 is published."));
        assertThat(browser.findElement(By.id("guidance:articles")).getText())
                .contains("Fake parcel delivery notices", "Every category");

        // ... and gives the first report's case to the advisor from the list of all cases
        session.open("advisor/cases.xhtml?queue=ALL");
        By firstRow = By.xpath("//tr[.//a[text()='" + first[0] + "']]");
        By secondRow = By.xpath("//tr[.//a[text()='" + second[0] + "']]");
        waitForRows(browser, wait, firstRow, secondRow);
        assertThat(browser.findElement(By.cssSelector("#caseList\\:cases .table-header"))
                        .getText())
                .contains("All cases");
        browser.findElement(firstRow)
                .findElement(By.cssSelector(".ui-chkbox-box"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseList:selection"), "1 selected"));
        Widgets.choose(browser, wait, "caseList:assignTo", "Ken Mori (en-advisor)");
        browser.findElement(By.id("caseList:assign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("caseList:messages"), "1 case(s) assigned to en-advisor."));
        Staff.signOut(browser, wait);

        // the advisor finds it in "My cases" and makes it urgent: the deadlines follow
        Staff.signIn(browser, wait, base, "en-advisor", "en-advisor-Passw0rd");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#caseList\\:cases .table-header"), "My cases"));
        wait.until(ExpectedConditions.presenceOfElementLocated(firstRow));
        assertThat(browser.findElement(firstRow).getText()).contains(subject, "en-advisor", "Triaged");
        browser.findElement(firstRow).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-receipt"), first[0]));
        assertThat(browser.findElement(By.id("case-priority")).getText()).isEqualTo("Normal");
        Widgets.choose(browser, wait, "caseActions:priority", "Urgent");
        browser.findElement(By.id("caseActions:prioritise")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-priority"), "Urgent"));
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("Priority changed; the deadlines follow it.");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Priority", "Assigned", "Opened");

        // the second report is the same spam: the advisor takes its case and merges it into the first, by receipt
        // (from the list of all cases, newest first: the unassigned queue, oldest deadline first, holds the whole
        // suite's cases before it)
        session.open("advisor/cases.xhtml?queue=ALL");
        wait.until(ExpectedConditions.presenceOfElementLocated(secondRow));
        browser.findElement(secondRow).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-receipt"), second[0]));
        browser.findElement(By.id("caseActions:take")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-assignee"), "en-advisor"));
        browser.findElement(By.id("caseActions:merge")).click();
        Widgets.confirm(browser, wait);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Enter a receipt number of the case to keep"));
        browser.findElement(By.id("caseActions:mergeInto")).sendKeys(first[0].toLowerCase());
        browser.findElement(By.id("caseActions:merge")).click();
        Widgets.confirm(browser, wait);
        wait.until(ExpectedConditions.textToBe(By.id("case-receipt"), first[0]));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Cases merged.");
        assertThat(browser.findElement(By.id("reports")).getText()).contains(first[0], second[0]);
        assertThat(browser.findElement(By.id("history")).getText()).contains("Merged");

        // the reply: the new English article, for both citizens at once
        WebElement japaneseArticles = browser.findElement(By.id("conversation:article"));
        Widgets.choose(browser, wait, "conversation:replyLanguage", "English");
        wait.until(ExpectedConditions.stalenessOf(japaneseArticles)); // the articles' titles change language
        Widgets.choose(browser, wait, "conversation:article", "Fake parcel delivery notices");
        browser.findElement(By.id("conversation:insertArticle")).click();
        wait.until(driver -> driver.findElement(By.id("conversation:reply"))
                .getDomProperty("value")
                .contains("Delivery companies never ask you"));
        assertThat(browser.findElement(By.id("conversation:reply")).getDomProperty("value"))
                .startsWith("Thank you for your report (receipt {{receipt}}).\n\nDelivery companies never ask you");
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("{{receipt}} becomes each citizen's own receipt number");
        browser.findElement(By.id("conversation:reply")).sendKeys("\nDid you open the link?");
        Widgets.tick(browser, "conversation:awaitAnswer");
        browser.findElement(By.id("conversation:sendReply")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "Waiting for citizen"));

        // the first citizen is mailed the reply with their own receipt number
        await().atMost(Duration.ofSeconds(30))
                .until(() -> SuiteServices.mail().getReceivedMessagesForDomain(DOMAIN).length == 2);
        String mailed = SuiteServices.mail()
                .getReceivedMessagesForDomain(DOMAIN)[1]
                .getContent()
                .toString();
        assertThat(mailed).contains("Thank you for your report (receipt " + first[0] + ")", "Did you open the link?");
        assertThat(mailed).doesNotContain(second[0], "{{");
        Staff.signOut(browser, wait);

        // each citizen reads it by receipt, with their own number; the second answers
        session.open("status.xhtml");
        Citizen.lookUp(browser, second[0], second[1]);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conversation")));
        assertThat(browser.findElement(By.id("conversation")).getText())
                .contains("From the center", "(receipt " + second[0] + ")", "Did you open the link?")
                .doesNotContain(first[0]);
        browser.findElement(By.id("follow:answer")).sendKeys("Yes, and I typed my phone number 090-1111-2222.");
        browser.findElement(By.id("follow:sendAnswer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "From you"));
        assertThat(browser.findElement(By.id("status-state")).getText()).isEqualTo("In progress");
        session.open("status.xhtml");
        Citizen.lookUp(browser, first[0], first[1]);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conversation")));
        assertThat(browser.findElement(By.id("conversation")).getText())
                .contains("(receipt " + first[0] + ")")
                .doesNotContain("090-1111-2222", second[0]);

        // the advisor sees the answer marked in the list and in a queue of its own, and reads it
        Staff.signIn(browser, wait, base, "en-advisor", "en-advisor-Passw0rd");
        wait.until(ExpectedConditions.presenceOfElementLocated(firstRow));
        assertThat(browser.findElement(firstRow).getText()).contains("answered");
        assertThat(browser.findElement(By.id("queues")).getText()).contains("Answered (1)");
        session.open("advisor/cases.xhtml?queue=ANSWERED");
        wait.until(ExpectedConditions.presenceOfElementLocated(firstRow));
        browser.findElement(firstRow).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "In progress"));
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Message from the citizen", "090-1111-2222")
                .contains("Waiting for citizen → In progress", "Normal → Urgent")
                .doesNotContain("WAITING_FOR_CITIZEN", "URGENT");
        session.open("advisor/cases.xhtml?queue=ANSWERED");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseList:cases"), "No cases"));
        assertThat(browser.findElement(By.id("queues")).getText()).doesNotContain("Answered (");
        session.open("advisor/cases.xhtml?queue=MINE");
        wait.until(ExpectedConditions.presenceOfElementLocated(firstRow));
        assertThat(browser.findElement(firstRow).getText()).doesNotContain("answered");
        browser.findElement(firstRow).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "In progress"));
        Widgets.choose(browser, wait, "caseActions:closeReason", "Advised");
        browser.findElement(By.id("caseActions:close")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Closed (Advised)"));

        // a caller on the phone: the advisor files the report for them and reads back the receipt
        browser.findElement(By.id("nav-phone")).click();
        String loan = "Loan without screening " + System.nanoTime();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone:subject")))
                .sendKeys(loan);
        browser.findElement(By.id("phone:messageText")).sendKeys("The caller got an SMS offering a loan today.");
        new Select(browser.findElement(By.id("phone:prefecture"))).selectByValue("01");
        browser.findElement(By.id("phone:file")).click();
        String called = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone-receipt")))
                .getText();
        assertThat(browser.findElement(By.id("phone:receipt")).getText())
                .contains("Read this receipt number and follow-up password to the caller.");

        // the caller only wanted to tell the center: the advisor closes that case from the list
        session.open("advisor/cases.xhtml?queue=ALL");
        By calledRow = By.xpath("//tr[.//a[text()='" + called + "']]");
        waitForRows(browser, wait, calledRow);
        assertThat(browser.findElement(calledRow).getText()).contains(loan, "Hokkaido", "New");
        browser.findElement(calledRow)
                .findElement(By.cssSelector(".ui-chkbox-box"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseList:selection"), "1 selected"));
        Widgets.choose(browser, wait, "caseList:closeReason", "Out of scope");
        browser.findElement(By.id("caseList:close")).click();
        Widgets.confirm(browser, wait);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseList:messages"), "1 case(s) closed."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(calledRow, "Closed"));
        Staff.signOut(browser, wait);

        // the FAQ shows the new article to every citizen, in English; it opens by keyboard
        session.open("faq.xhtml");
        WebElement question =
                browser.findElement(By.xpath("//details[summary[normalize-space(.)='Fake parcel delivery notices']]"));
        question.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
        assertThat(question.findElement(By.className("faq-answer")).getText())
                .startsWith("Delivery companies never ask you")
                .doesNotContain("{{");
    }

    /** Waits for rows of cases that open right after their reports commit, reloading the list meanwhile. */
    private static void waitForRows(WebDriver browser, WebDriverWait wait, By... rows) {
        wait.until(driver -> {
            for (By row : rows) {
                if (driver.findElements(row).isEmpty()) {
                    driver.navigate().refresh();
                    return false;
                }
            }
            return true;
        });
    }
}
