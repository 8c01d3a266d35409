package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The walking skeleton as people use it, in a real browser: a citizen files a complaint and gets a receipt
 * number; the administrator creates an advisor and a manager; the advisor sees the case; the manager sees it
 * counted for the citizen's prefecture.
 */
@ExtendWith(ArquillianExtension.class)
class CitizenAdvisorManagerIT {

    /** Okinawa: no other test files complaints there, so its count is exactly this test's. */
    private static final String OKINAWA = "47";

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(() -> deployed);

    @Test
    void aComplaintFiledByACitizenReachesTheAdvisorAndTheManagersCount() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();
        // the citizen, in Japanese: a mistake first, explained beside the field, then a complete report
        browser.get(base.toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("迷惑メールの情報提供");
        browser.findElement(By.id("report:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "件名を入力してください。"));
        assertThat(browser.findElement(By.id("report")).getText()).contains("メールの本文を入力してください。", "都道府県を選択してください。");

        String subject = "【当選】賞金受け取りのご案内 " + System.nanoTime();
        browser.findElement(By.id("report:subject")).sendKeys(subject);
        browser.findElement(By.id("report:messageText"))
                .sendKeys("おめでとうございます。下記URLから手続きしてください。 http://example.invalid/prize");
        new Select(browser.findElement(By.id("report:prefecture"))).selectByValue(OKINAWA);
        // the errors of the fields the citizen has now filled in go away at once
        assertThat(browser.findElement(By.id("report")).getText()).doesNotContain("都道府県を選択してください。", "件名を入力してください。");
        browser.findElement(By.id("report:contactEmail")).sendKeys("citizen@example.jp");
        browser.findElement(By.id("report:submit")).click();
        String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-number")))
                .getText();
        // the receipt says where its copy is mailed, and offers to copy and to print it
        assertThat(browser.findElement(By.id("receipt-mail")).getText()).contains("c***@example.jp");
        assertThat(browser.findElement(By.id("copy-receipt")).getAttribute("data-copy"))
                .contains(receipt);
        assertThat(browser.findElement(By.id("print-receipt")).getText()).isEqualTo("印刷・PDFで保存");
        browser.findElement(By.id("copy-receipt")).click();
        // (a headless browser may refuse the clipboard: either way the citizen is told)
        wait.until(ExpectedConditions.textMatches(
                By.id("copy-result"), java.util.regex.Pattern.compile("コピーしました。|コピーできませんでした。書き留めてください。")));
        assertThat(receipt).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        String secret = browser.findElement(By.id("receipt-secret")).getText();
        assertThat(secret).matches("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}");

        // the citizen gave an address: the receipt is mailed there too
        assertThat(SuiteServices.mail().waitForIncomingEmail(30_000, 1)).isTrue();
        var mailed = SuiteServices.mail().getReceivedMessagesForDomain("example.jp");
        assertThat(mailed).hasSize(1);
        assertThat(mailed[0].getContent().toString()).contains(receipt, secret);

        // the citizen follows the report: a mistyped password is refused, the right one shows it
        browser.findElement(By.id("nav-status")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("follow:receiptNumber")));
        lookUp(receipt, "AAAAA-AAAAA");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow"), "正しくありません"));
        lookUp(receipt.toLowerCase(), secret);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-state")));
        assertThat(browser.findElement(By.id("follow:report")).getText()).contains(subject, receipt);

        // looking again and again is no guessing: only failures count, and the owner is never locked out
        for (int i = 0; i < 22; i++) {
            session.open("status.xhtml");
            lookUp(receipt, secret);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-state")));
        }
        // a guesser is locked out of a number after five wrong passwords, known number or not, with a date
        String guessed = "ZZZZ-ZZZZ-ZZZZ";
        session.open("status.xhtml");
        for (int i = 1; i <= 5; i++) {
            lookUp(guessed, "WRONG-" + i);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("follow"), i < 5 ? "正しくありません" : "ここからは確認できません"));
        }
        assertThat(browser.findElement(By.id("follow")).getText())
                .containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}（日本時間）まで");
        session.open("status.xhtml");
        lookUp(receipt, secret);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-state")));

        // the administrator creates the advisor's and the manager's accounts
        signIn("admin", CenterDeployment.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:username")));
        createAccount("it-advisor", "相談員 一郎", "advisor-Passw0rd-1", 0);
        createAccount("it-manager", "管理者 花子", "manager-Passw0rd-1", 1);
        signOut();

        // the advisor finds the case by its receipt number
        signIn("it-advisor", "advisor-Passw0rd-1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseList:cases")));
        browser.get(base.resolve("advisor/cases.xhtml?queue=ALL").toString());
        wait.until(driver -> {
            if (driver.findElement(By.id("caseList:cases")).getText().contains(receipt)) {
                return true;
            }
            driver.navigate().refresh(); // the case is opened right after the complaint's commit
            return false;
        });
        WebElement row = browser.findElement(By.xpath("//tr[.//a[text()='" + receipt + "']]"));
        assertThat(row.getText()).contains(subject, "沖縄県", "新規", "その他");

        // a caller phones in: the advisor files the report and reads the receipt back
        browser.findElement(By.id("nav-phone")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone:subject")))
                .sendKeys("電話での相談 " + System.nanoTime());
        browser.findElement(By.id("phone:messageText")).sendKeys("未払い料金の請求メールが届いたとのこと。");
        new Select(browser.findElement(By.id("phone:prefecture"))).selectByValue("01");
        browser.findElement(By.id("phone:file")).click();
        String phoned = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone-receipt")))
                .getText();
        assertThat(phoned).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(browser.findElement(By.id("phone-secret")).getText()).hasSize(11);
        signOut();

        // the manager sees the complaint counted for Okinawa, in Japanese and then in English
        signIn("it-manager", "manager-Passw0rd-1");
        wait.until(ExpectedConditions.urlContains("/manager/dashboard.xhtml")); // a manager starts on the dashboard
        browser.findElement(By.id("nav-statistics")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("byPrefecture")));
        assertThat(countFor("沖縄県")).isEqualTo("1");
        browser.findElement(By.id("language-switch")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Complaints by prefecture"));
        assertThat(countFor("Okinawa")).isEqualTo("1");
    }

    @Test
    void anAdvisorAnalysesARawMessageThroughTheApi() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        signIn("admin", CenterDeployment.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:username")));
        createAccount("api-advisor", "分析 担当", "api-advisor-Passw0rd", 0);
        signOut();
        signIn("api-advisor", "api-advisor-Passw0rd");

        String message = "Received: from unknown (HELO pc) (45.76.12.34) by mx.carrier.test with SMTP;"
                + " Mon, 23 Nov 2026 10:00:01 +0900\r\n"
                + "From: =?UTF-8?B?6KuL5rGC44K744Oz44K/44O8?= <info@support-center.test>\r\n"
                + "Subject: =?UTF-8?B?5pyq5omV44GE44Gu44GK55+l44KJ44Gb?=\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "有料サイトの利用料金が未払いです。本日中にご連絡ください。03-1234-5678\r\n";
        Object answer = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch('/api/v1/analysis', {method: 'POST', headers: {'Content-Type': 'message/rfc822'},"
                                + " body: arguments[0]}).then(r => r.text().then(t => done(r.status + ' ' + t)))"
                                + ".catch(e => done('failed ' + e));",
                        message);
        assertThat(answer.toString())
                .startsWith("200 ")
                .contains("\"code\":\"BILLING_FRAUD\"")
                .contains("\"subject\":\"未払いのお知らせ\"")
                .contains("\"ip\":\"45.76.12.34\"")
                .contains("0312345678");
    }

    @Test
    void aCitizenSendsTheMessageFileAndAWrongFileIsExplained() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();
        Path work = Path.of(System.getProperty("it.work.dir", "target/it"));
        java.nio.file.Files.createDirectories(work);
        Path picture =
                java.nio.file.Files.write(work.resolve("screenshot.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String eml = "Received: from unknown (HELO pc) (45.76.12.34) by mx.carrier.test with SMTP;"
                + " Mon, 23 Nov 2026 10:00:01 +0900\r\n"
                + "From: =?UTF-8?B?6KuL5rGC44K744Oz44K/44O8?= <info@support-center.test>\r\n"
                + "Subject: =?UTF-8?B?5pyq5omV44GE44Gu44GK55+l44KJ44Gb?=\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "有料サイトの利用料金が未払いです。本日中にご連絡ください。03-1234-5678\r\n";
        Path message = java.nio.file.Files.writeString(work.resolve("spam.eml"), eml);

        browser.get(base.toString());
        browser.findElement(By.cssSelector("input[type=radio][value=UPLOAD]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report:file")))
                .sendKeys(picture.toString());
        new Select(browser.findElement(By.id("report:prefecture"))).selectByValue("46");
        browser.findElement(By.id("report:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "このファイルはメールではありません"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report:file")))
                .sendKeys(message.toString());
        new Select(browser.findElement(By.id("report:prefecture"))).selectByValue("46");
        browser.findElement(By.id("report:submit")).click();
        String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-number")))
                .getText();
        String secret = browser.findElement(By.id("receipt-secret")).getText();

        browser.findElement(By.id("nav-status")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("follow:receiptNumber")));
        lookUp(receipt, secret);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-state")));
        // the subject was taken from the message itself
        assertThat(browser.findElement(By.id("follow:report")).getText()).contains("未払いのお知らせ");
    }

    @Test
    void aPartnerFilesReportsThroughTheBulkApi() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();
        signIn("admin", CenterDeployment.ADMIN_PASSWORD);
        String key = Partners.issueKey(browser, wait, "監視センター");
        assertThat(key).startsWith("sck_");
        signOut();

        var http = java.net.http.HttpClient.newHttpClient();
        String eml = "Received: from unknown (HELO pc) (45.76.12.34) by mx.carrier.test with SMTP;"
                + " Mon, 23 Nov 2026 10:00:01 +0900\r\nFrom: <info@casino.test>\r\nSubject: Free spins\r\n\r\n"
                + "Claim 100 free spins at our casino.\r\n";
        java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> post = (auth, idem) -> {
            var request = java.net.http.HttpRequest.newBuilder(base.resolve("api/v1/reports"))
                    .header("Content-Type", "message/rfc822")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(eml));
            if (auth != null) {
                request.header("Authorization", auth);
            }
            if (idem != null) {
                request.header("Idempotency-Key", idem);
            }
            try {
                return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        var first = post.apply("Bearer " + key, "batch-7-item-1");
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.body()).contains("\"status\":\"accepted\"", "\"receiptNumber\":");
        var retried = post.apply("Bearer " + key, "batch-7-item-1");
        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(retried.body()).isEqualTo(first.body()); // the same report, not a second one

        var anonymous = post.apply(null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(post.apply("Bearer sck_not-a-key", null).statusCode()).isEqualTo(401);

        java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> send = (type, body) -> {
            try {
                return http.send(
                        java.net.http.HttpRequest.newBuilder(base.resolve("api/v1/reports"))
                                .header("Authorization", "Bearer " + key)
                                .header("Content-Type", type)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(send.apply("text/plain", "hello").statusCode()).isEqualTo(415);
        assertThat(send.apply("application/json", "{}").statusCode()).isEqualTo(400);
        // an empty message is refused with a sentence, not a message key
        var empty = send.apply("message/rfc822", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("There is no message file or source.").doesNotContain("complaint.message");

        String b64 =
                java.util.Base64.getEncoder().encodeToString(eml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var jsonBatch = send.apply(
                "application/json", "{\"messages\": [{\"raw\": \"" + b64 + "\"}, {\"raw\": \"" + b64 + "\"}]}");
        assertThat(jsonBatch.statusCode()).isEqualTo(202);
        assertThat(jsonBatch.body().split("\"receiptNumber\"", -1)).hasSize(3);

        String mbox = "From partner@monitor.test Mon Nov 23 10:00:00 2026\n" + eml.replace("\r\n", "\n")
                + "From partner@monitor.test Mon Nov 23 10:01:00 2026\n" + eml.replace("\r\n", "\n");
        var mboxBatch = send.apply("application/mbox", mbox);
        assertThat(mboxBatch.statusCode()).isEqualTo(202);
        assertThat(mboxBatch.body().split("\"receiptNumber\"", -1)).hasSize(3);

        var openapi = http.send(
                java.net.http.HttpRequest.newBuilder(base.resolve("openapi")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body())
                .contains("/api/v1/reports", "message/rfc822", "application/mbox", "application/json")
                .contains("scheme: bearer", "title: Spam complaint and consultation center");

        // the staff's api answers a caller without a session as an api does: 401 problem+json, no login page
        var unsigned = http.send(
                java.net.http.HttpRequest.newBuilder(base.resolve("api/v1/analysis"))
                        .header("Content-Type", "message/rfc822")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(eml))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(unsigned.body()).contains("sign in");
    }

    private void lookUp(String receipt, String secret) throws Exception {
        Citizen.lookUp(session.browser(), receipt, secret);
    }

    private void signIn(String username, String password) throws Exception {
        Staff.signIn(session.browser(), session.await(), session.base(), username, password);
    }

    private void signOut() throws Exception {
        Staff.signOut(session.browser(), session.await());
    }

    private void createAccount(String username, String displayName, String password, int roleIndex) throws Exception {
        Staff.createAccount(session.browser(), session.await(), username, displayName, password, roleIndex);
    }

    private String countFor(String prefectureName) throws Exception {
        WebElement row = session.browser()
                .findElement(By.xpath("//tr[.//span[@class='prefecture-name' and text()='" + prefectureName + "']]"));
        return row.findElement(By.cssSelector(".prefecture-count")).getText();
    }
}
