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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An advisor's day in a real browser, as a new advisor lives it: a citizen reports; the advisor takes the case
 * from the queue, reads the evidence, replies and waits for the answer; the citizen reads the reply by receipt
 * and answers; the advisor closes the case. Then the same case page in English, and a supervisor's view.
 */
@ExtendWith(ArquillianExtension.class)
class AdvisorDayIT {

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(() -> deployed);

    @Test
    void takeReadReplyHearBackAndClose() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();
        // a citizen reports a billing-fraud mail
        browser.get(base.toString());
        String subject = "【重要】未払い料金のお知らせ " + System.nanoTime();
        String[] receipt = Citizen.report(
                browser,
                wait,
                subject,
                "有料動画サイトの利用料金が未払いです。本日中に連絡しないと法的手続きに移行します。03-1234-5678",
                "26",
                "citizen@advisor-day.example.org");

        // a new advisor and a supervisor get their accounts
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        Staff.createAccount(browser, wait, "day-advisor", "相談員 四郎", "advisor-Passw0rd-4", 0);
        Staff.createAccount(browser, wait, "day-supervisor", "統括 五郎", "supervisor-Passw0rd-5", 0, 3);
        Staff.signOut(browser, wait);

        // the advisor has no cases yet: the list opens on the unassigned queue; all cases, newest first, hold it
        Staff.signIn(browser, wait, base, "day-advisor", "advisor-Passw0rd-4");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#caseList\\:cases .table-header"), "未割当"));
        browser.get(base.resolve("advisor/cases.xhtml?queue=ALL").toString());
        By row = By.xpath("//tr[.//a[text()='" + receipt[0] + "']]");
        wait.until(driver -> {
            if (!driver.findElements(row).isEmpty()) {
                return true;
            }
            driver.navigate().refresh(); // the case opens right after the report's commit
            return false;
        });
        assertThat(browser.findElement(row).getText()).contains(subject, "新規", "—");

        // take it from the list: it is in "my cases" now
        browser.findElement(row).findElement(By.cssSelector(".ui-chkbox-box")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseList:selection"), "1 件選択中"));
        browser.findElement(By.id("caseList:take")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseList:messages"), "1 件を引き受けました"));
        Staff.showQueue(browser, wait, "自分の案件");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.findElement(row).getText()).contains("day-advisor", "振り分け済み");
        // at 1280 px a case is one line: the receipt number and the subject do not wrap
        int lineHeight =
                browser.findElement(row).findElement(By.tagName("a")).getRect().getHeight();
        assertThat(lineHeight).as("the receipt number on one line").isLessThan(30);
        // and every cell of the row is one line of text (the lines' tops, within a few pixels, are one)
        Object lines = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "let most = 0;"
                                + " for (const cell of arguments[0].querySelectorAll('td')) {"
                                + "   const range = document.createRange(); range.selectNodeContents(cell);"
                                + "   const tops = [];"
                                + "   for (const r of range.getClientRects()) {"
                                + "     if (r.height > 0 && r.width > 0 && !tops.some(t => Math.abs(t - r.top) < 6)) {"
                                + "       tops.push(r.top); } }"
                                + "   most = Math.max(most, tops.length); }"
                                + " return most;",
                        browser.findElement(row));
        assertThat(((Number) lines).intValue())
                .as("lines in the case's fullest cell")
                .isEqualTo(1);

        // a page that is not there keeps the advisor in the staff pages, with their menu
        session.open("advisor/no-such-page.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-home")));
        assertThat(browser.findElement(By.id("error-home")).getText()).isEqualTo("業務画面へ戻る");
        assertThat(browser.findElements(By.id("nav-cases"))).isNotEmpty();
        browser.findElement(By.id("error-home")).click();
        Staff.showQueue(browser, wait, "自分の案件");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));

        // the evidence: what the citizen wrote, the deadlines, the history
        browser.findElement(row).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-receipt")));
        assertThat(browser.findElement(By.id("case-receipt")).getText()).isEqualTo(receipt[0]);
        assertThat(browser.findElement(By.id("case-assignee")).getText()).isEqualTo("day-advisor");
        assertThat(browser.findElement(By.cssSelector(".case-evidence")).getText())
                .contains("有料動画サイトの利用料金が未払いです", "Webフォーム");
        assertThat(browser.findElement(By.id("history")).getText()).contains("受付", "担当");

        // an empty reply is explained; a real one is sent and the case waits for the citizen
        browser.findElement(By.id("conversation:sendReply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "本文を入力してください。"));
        // the billing-fraud article, filled in for this case, goes into the reply; the advisor adds a question
        Widgets.choose(browser, wait, "conversation:article", "架空請求");
        browser.findElement(By.id("conversation:insertArticle")).click();
        wait.until(driver -> driver.findElement(By.id("conversation:reply"))
                .getDomProperty("value")
                .contains("受付番号 " + receipt[0]));
        String question = "請求された金額を教えていただけますか。";
        browser.findElement(By.id("conversation:reply")).sendKeys("\n" + question);
        String reply = browser.findElement(By.id("conversation:reply")).getDomProperty("value");
        assertThat(reply).contains("支払わず", "188", question).doesNotContain("{{");
        Widgets.tick(browser, "conversation:awaitAnswer");
        browser.findElement(By.id("conversation:sendReply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "相談者の回答待ち"));
        assertThat(browser.findElement(By.id("history")).getText())
                .contains(question, "受付番号 " + receipt[0], "→ 相談者の回答待ち")
                .doesNotContain("WAITING_FOR_CITIZEN", "TRIAGED");
        browser.findElement(By.id("conversation:note")).sendKeys("架空請求の典型例。");
        browser.findElement(By.id("conversation:addNote")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "架空請求の典型例。"));

        // the reply is mailed to the address the citizen gave, after the receipt
        await().atMost(Duration.ofSeconds(30))
                .until(() -> SuiteServices.mail().getReceivedMessagesForDomain("advisor-day.example.org").length == 2);
        var mailed = SuiteServices.mail().getReceivedMessagesForDomain("advisor-day.example.org")[1];
        assertThat(mailed.getSubject()).contains(receipt[0]);
        assertThat(mailed.getContent().toString()).contains(question).doesNotContain("架空請求の典型例", receipt[1]);

        // the citizen reads the same advice in the FAQ, and the reply by receipt and secret, and answers
        Staff.signOut(browser, wait);
        browser.get(base.resolve("faq.xhtml").toString());
        assertThat(browser.findElement(By.id("faq")).getText()).contains("身に覚えのない料金を請求されたとき（架空請求）");
        browser.get(base.resolve("status.xhtml").toString());
        // typed on a phone's Japanese keyboard: full-width letters, digits and hyphens
        Citizen.lookUp(
                browser,
                jp.spamcenter.complaint.testsupport.Typed.fullWidth(receipt[0]),
                jp.spamcenter.complaint.testsupport.Typed.fullWidth(receipt[1]));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conversation")));
        assertThat(browser.findElement(By.id("conversation")).getText())
                .contains("センターから", "受付番号 " + receipt[0], question);
        assertThat(browser.findElement(By.id("follow:report")).getText()).doesNotContain("架空請求の典型例");
        browser.findElement(By.id("follow:answer")).sendKeys("5万円と言われました。まだ払っていません。");
        browser.findElement(By.id("follow:sendAnswer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "5万円と言われました"));
        assertThat(browser.findElement(By.id("status-state")).getText()).isEqualTo("対応中");

        // back to the advisor: the answer is there and the case is in progress; the advisor closes it
        Staff.signIn(browser, wait, base, "day-advisor", "advisor-Passw0rd-4");
        browser.findElement(By.id("nav-cases")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        browser.findElement(row).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-status")));
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("対応中");
        assertThat(browser.findElement(By.id("history")).getText()).contains("相談者からの返答", "5万円と言われました");
        browser.findElement(By.id("caseActions:close")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "完了"));
        assertThat(browser.findElement(By.id("case-status")).getText()).contains("助言済み");

        // the same page in English
        browser.findElement(By.id("language-switch")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "Closed"));
        assertThat(browser.findElement(By.id("case-status")).getText()).contains("Advised");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Evidence", "Conversation and history", "Reply to the citizen");
        Staff.signOut(browser, wait);

        // the supervisor sees the advisors' load, and the case is no longer open
        Staff.signIn(browser, wait, base, "day-supervisor", "supervisor-Passw0rd-5");
        browser.findElement(By.id("nav-supervision")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision:load")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isIn("Supervision", "統括");
        assertThat(browser.findElement(By.id("supervision:overdue")).getText()).doesNotContain(receipt[0]);
    }
}
