package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import jp.spamcenter.complaint.api.CenterTime;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A referral from case to outcome in the browser: the administrator imports the consumer centers (a bad row is
 * named, the good ones kept); an advisor records the citizen's consent, refers a billing-fraud case to the
 * center of the citizen's prefecture by mail with the consented address, records the center's feedback and how
 * it ended. Then a manager downloads the month's spam from one origin country as X-ARF documents, and every
 * document passes the official v4 schemas, and the advisor sends the sender's ISP the evidence of that spam.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralIT {

    private static final String CENTER_MAIL = "refer@kyoto-center.example.jp";

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(() -> deployed);

    @Test
    void aBillingFraudCaseGoesToItsConsumerCenterWithConsentAndAManagerExportsXarf() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();

        // a citizen in Kyoto is being billed for a site never used, and gives an address
        session.open("");
        String[] receipt = Citizen.report(
                browser,
                wait,
                "【最終通告】有料サイト利用料金 " + System.nanoTime(),
                "有料サイトの利用料金が未払いです。本日中にお支払いがない場合は法的手続きに移ります。",
                "26",
                "kyoto-citizen@referral.example.org");

        // the administrator imports the consumer centers: one row is wrong and named, the others kept
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        browser.findElement(By.id("nav-directory")).click();
        Path csv = Files.createTempFile(Path.of(System.getProperty("it.work.dir", "target/it")), "centers-", ".csv");
        Files.writeString(
                csv,
                "prefecture_code,municipality,name,phone,hours,web,email\n"
                        + "26,,京都府消費生活安全センター（試験）,075-000-0001,9:00-16:00,," + CENTER_MAIL + "\n"
                        + "27,,大阪府消費生活センター（試験）,電話番号なし,,,\n"
                        + "13,,東京都消費生活総合センター（試験）,03-0000-0002,,,\n",
                StandardCharsets.UTF_8);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("directory:centersFile")))
                .sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("directory:importCenters")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("directory:messages"), "2行を取り込み、1行を取り込みませんでした。"));
        assertThat(browser.findElement(By.id("directory:importErrors")).getText())
                .contains("3行目：電話番号ではありません（「電話番号なし」）")
                .doesNotContain("not a phone number");
        assertThat(browser.findElement(By.id("directory:centers")).getText())
                .contains("京都府消費生活安全センター（試験）", CENTER_MAIL);
        Staff.createAccountFrom(browser, wait, "ref-advisor", "相談員 七郎", "ref-advisor-Passw0rd", 0);
        Staff.createAccount(browser, wait, "ref-manager", "管理者 八子", "ref-manager-Passw0rd", 1);
        Staff.signOut(browser, wait);

        // the advisor opens the case and records the citizen's consent, given by phone
        Staff.signIn(browser, wait, base, "ref-advisor", "ref-advisor-Passw0rd");
        Staff.openCase(browser, wait, base, receipt[0]);
        tickItem(browser, "referrals:consentItems", "メールアドレス");
        tickItem(browser, "referrals:consentItems", "相談者の記載内容");
        browser.findElement(By.id("referrals:consentGivenBy")).sendKeys("相談者本人（電話で確認）");
        browser.findElement(By.id("referrals:recordConsent")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "同意を記録しました。"));
        assertThat(browser.findElement(By.id("consents")).getText())
                .contains("メールアドレス", "相談者の記載内容", "電話", "相談者本人（電話で確認）");

        // the referral: Kyoto's center is suggested with its address; the summary is written from the case
        browser.findElement(By.id("referrals:start")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals:destinationName")));
        assertThat(browser.findElement(By.id("referrals:destinationName")).getDomProperty("value"))
                .isEqualTo("京都府消費生活安全センター（試験）");
        assertThat(browser.findElement(By.id("referrals:destinationContact")).getDomProperty("value"))
                .isEqualTo(CENTER_MAIL);
        assertThat(browser.findElement(By.id("referrals:summary")).getDomProperty("value"))
                .contains("架空請求", receipt[0]);
        browser.findElement(By.id("referrals:summary")).sendKeys("請求額は5万円。まだ支払っていない。");
        // personal data without the consent chosen is refused, with the reason
        tickItem(browser, "referrals:personalData", "メールアドレス");
        browser.findElement(By.id("referrals:prepare")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "先に同意を記録するか"));
        new Select(browser.findElement(By.id("referrals:consent"))).selectByIndex(1);
        browser.findElement(By.id("referrals:prepare")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "引き継ぎを作成しました"));
        assertThat(browser.findElement(By.id("referrals:list")).getText())
                .contains("消費生活センター: 京都府消費生活安全センター（試験）", "メールアドレス", "下書き");

        // sent by mail: the center gets the summary and, consented, the citizen's address; the case is referred
        int mailsBefore = SuiteServices.mail().getReceivedMessagesForDomain("kyoto-center.example.jp").length;
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//button[starts-with(@id,'referrals:list:') and contains(@id,':send')]")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referrals:list"), "送付済み"));
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("紹介済み");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> SuiteServices.mail().getReceivedMessagesForDomain("kyoto-center.example.jp").length
                        > mailsBefore);
        var mailed = SuiteServices.mail().getReceivedMessagesForDomain("kyoto-center.example.jp")[mailsBefore];
        assertThat(mailed.getSubject()).contains("ご相談の引き継ぎ");
        assertThat(mailed.getContent().toString())
                .contains("京都府消費生活安全センター（試験） 御中", "請求額は5万円", "kyoto-citizen@referral.example.org")
                .contains("宛てのメールでお知らせください", "迷惑メール相談センター\nメール: ")
                .doesNotContain(receipt[1], "本メールへの返信");
        // the letter for the file, as PDF
        String letter = browser.findElement(
                        By.xpath("//a[starts-with(@id,'referrals:list:') and contains(@id,':letter')]"))
                .getAttribute("href");
        assertThat(fetchStatus(browser, letter)).startsWith("200 application/pdf");

        // the center answers: first that it took the case up, then how it ended
        browser.findElement(By.id("referrals:answer")).sendKeys("相談者から電話があり、対応を始めました。");
        browser.findElement(By.xpath("//button[starts-with(@id,'referrals:list:') and contains(@id,':acknowledge')]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referrals:list"), "受領確認済み"));
        browser.findElement(By.id("referrals:answer")).sendKeys("支払わないよう助言し、解決しました。");
        new Select(browser.findElement(By.id("referrals:outcome"))).selectByValue("HELPED");
        browser.findElement(By.xpath("//button[starts-with(@id,'referrals:list:') and contains(@id,':resolve')]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referrals:list"), "対応完了"));
        assertThat(browser.findElement(By.id("referrals:list")).getText())
                .contains("相談者への対応がなされた", "対応を始めました", "解決しました");
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("引き継ぎ", "同意")
                .doesNotContain("CONTACT_EMAIL", "ORIGINAL_MESSAGE", "DRAFT", "SENT (");
        Staff.signOut(browser, wait);

        // the citizen's status page says where the case went and what to expect from there, in both languages
        browser.get(base + "status.xhtml");
        Citizen.lookUp(browser, receipt[0], receipt[1]);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("follow:referrals")));
        assertThat(browser.findElement(By.id("follow:referrals")).getText())
                .contains("ご相談の引き継ぎ先", "京都府消費生活安全センター（試験）にご相談を引き継ぎました", "消費者ホットライン188")
                .containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日");
        browser.get(base + "status.xhtml?lang=en");
        Citizen.lookUp(browser, receipt[0], receipt[1]);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("follow:referrals")));
        assertThat(browser.findElement(By.id("follow:referrals")).getText())
                .contains("Where your report was passed on", "we passed your report to 京都府消費生活安全センター（試験）", "188");
        browser.get(base + "status.xhtml?lang=ja");

        // a spam from abroad this month, through a partner's api key
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        String key = Partners.issueKey(browser, wait, "海外報告試験");
        // ... and the ISP that serves the sender's domain
        browser.findElement(By.id("nav-directory")).click();
        Path carriers = Files.createTempFile(Path.of(System.getProperty("it.work.dir", "target/it")), "isp-", ".csv");
        Files.writeString(carriers, "name,domains,abuse_email\n試験プロバイダ,lottery-abroad.test,abuse@isp-abroad.example\n");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("directory:carriersFile")))
                .sendKeys(carriers.toAbsolutePath().toString());
        browser.findElement(By.id("directory:importCarriers")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory:carriers"), "試験プロバイダ"));
        Staff.signOut(browser, wait);
        String abroad = fileSpamFromAbroad(base, key);

        // the manager sees the month by origin country and downloads one country's X-ARF documents
        Staff.signIn(browser, wait, base, "ref-manager", "ref-manager-Passw0rd");
        wait.until(ExpectedConditions.urlContains("/manager/dashboard.xhtml")); // a manager's work starts here
        browser.findElement(By.id("nav-abuse")).click();
        String thisMonth = YearMonth.now(CenterTime.ZONE).toString();
        WebElement month = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("abuse:month")));
        month.clear();
        month.sendKeys(thisMonth);
        By firstCountry = By.xpath("//a[contains(@id,':xarf')]");
        wait.until(driver -> {
            driver.findElement(By.id("abuse:show")).click();
            return !driver.findElements(firstCountry).isEmpty();
        });
        String download = wait.until(driver -> driver.findElement(firstCountry).getAttribute("href"));
        assertThat(download).contains("/api/v1/abuse-reports/", thisMonth + ".zip", "format=xarf");
        Map<String, byte[]> zip = unzip(session.download(URI.create(download)));
        assertThat(zip).containsKey("skipped.csv");
        var documents = zip.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".json"))
                .toList();
        assertThat(documents).isNotEmpty();
        Schema official = officialSchema();
        for (var document : documents) {
            String json = new String(document.getValue(), StandardCharsets.UTF_8);
            assertThat(official.validate(json, InputFormat.JSON))
                    .as(document.getKey())
                    .isEmpty();
            assertThat(json).contains("\"category\":\"messaging\"", "\"type\":\"spam\"");
        }
        assertThat(documents.stream().map(e -> new String(e.getValue(), StandardCharsets.UTF_8)))
                .anyMatch(json -> json.contains("\"smtp_from\":\"bounce@lottery-abroad.test\""));
        session.open("manager/abuse-reports.xhtml");
        assertThat(browser.findElement(By.id("abuse:log")).getText()).contains("ref-manager", "XARF");
        Staff.signOut(browser, wait);

        // the advisor asks the sender's ISP to stop the account: the notice carries the spam, not its recipient
        Staff.signIn(browser, wait, base, "ref-advisor", "ref-advisor-Passw0rd");
        session.open("advisor/cases.xhtml?queue=ALL");
        By abroadRow = By.xpath("//tr[.//a[text()='" + abroad + "']]");
        wait.until(driver -> {
            if (!driver.findElements(abroadRow).isEmpty()) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
        browser.findElement(abroadRow).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-receipt"), abroad));
        browser.findElement(By.id("referrals:start")).click();
        WebElement kind = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals:kind")));
        new Select(kind).selectByValue("CARRIER");
        wait.until(driver -> "abuse@isp-abroad.example"
                .equals(driver.findElement(By.id("referrals:destinationContact"))
                        .getDomProperty("value")));
        new Select(browser.findElement(By.id("referrals:reason"))).selectByValue("ACCOUNT_SUSPENSION");
        browser.findElement(By.id("referrals:prepare")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referrals:list"), "試験プロバイダ"));
        int ispMailsBefore = SuiteServices.mail().getReceivedMessagesForDomain("isp-abroad.example").length;
        browser.findElement(By.xpath("//button[starts-with(@id,'referrals:list:') and contains(@id,':send')]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referrals:list"), "送付済み"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> SuiteServices.mail().getReceivedMessagesForDomain("isp-abroad.example").length
                        > ispMailsBefore);
        var notice = SuiteServices.mail().getReceivedMessagesForDomain("isp-abroad.example")[ispMailsBefore];
        var parts = (jakarta.mail.Multipart) notice.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString())
                .contains("送信元の利用停止の依頼", "情報提供 1 件", "lottery-abroad.test", "45.76.12.34");
        var attached = parts.getBodyPart(1);
        assertThat(attached.getFileName()).endsWith(".zip");
        Map<String, byte[]> evidence = unzip(attached.getInputStream().readAllBytes());
        assertThat(evidence).hasSize(1);
        String spam = new String(evidence.values().iterator().next(), StandardCharsets.ISO_8859_1);
        assertThat(spam)
                .contains("Subject: You have won", "Return-Path: <bounce@lottery-abroad.test>")
                .doesNotContain("someone@docomo.test");
    }

    /** Ticks a PrimeFaces checkbox of a many-checkbox by its label. */
    @Test
    void whereTheDirectoryListsNoCenterTheReferralGoesToTheHotline188() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();
        // a report from Okinawa, where the directory lists no center (with or without the other test's import)
        session.open("");
        String receipt = Citizen.report(browser, wait, "沖縄の架空請求", "有料サイトの未払い料金を請求されました。", "47", null)[0];
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        Staff.createAccountFrom(browser, wait, "hotline-advisor", "相談員 九郎", "hotline-advisor-Passw0rd", 0);
        Staff.signOut(browser, wait);

        Staff.signIn(browser, wait, base, "hotline-advisor", "hotline-advisor-Passw0rd");
        Staff.openCase(browser, wait, base, receipt);
        browser.findElement(By.id("referrals:start")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals:destinationName")));
        // the hotline has no mail address: its referral is a printed letter
        assertThat(browser.findElement(By.id("referrals:destinationName")).getDomProperty("value"))
                .isEqualTo("消費者ホットライン");

        // prepared without personal data: a draft to 188, on the case page (it was the error page)
        browser.findElement(By.id("referrals:prepare")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "引き継ぎを作成しました"));
        assertThat(browser.getCurrentUrl()).doesNotContain("error");
        assertThat(browser.findElement(By.id("referrals:list")).getText()).contains("消費者ホットライン", "下書き");
    }

    private static void tickItem(WebDriver browser, String groupId, String label) {
        browser.findElement(By.xpath("//*[@id='" + groupId + "']//label[normalize-space(.)='" + label + "']"))
                .click();
    }

    /** Files a spam from abroad through the partner api; its receipt number. */
    private static String fileSpamFromAbroad(URI base, String key) throws Exception {
        String eml = "Return-Path: <bounce@lottery-abroad.test>\r\n"
                + "Received: from unknown (HELO pc) (45.76.12.34) by mx.carrier.test with SMTP;"
                + " " + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.ZonedDateTime.now())
                + "\r\nFrom: Lottery Office <winner@lottery-abroad.test>\r\nTo: someone@docomo.test\r\n"
                + "Subject: You have won\r\nMessage-ID: <" + System.nanoTime() + "@lottery-abroad.test>\r\n\r\n"
                + "Claim your prize at http://lottery-abroad.test/claim now.\r\n";
        return Partners.file(base, key, eml).receiptNumber();
    }

    /** The official X-ARF v4 schemas, as the complaint module ships them, with the library's default settings. */
    private static Schema officialSchema() {
        SchemaRegistry registry = SchemaRegistry.withDialect(
                Dialects.getDraft202012(),
                builder -> builder.schemaIdResolvers(
                        resolvers -> resolvers.mapPrefix("https://xarf.org/schemas/v4", "classpath:xarf/v4")));
        return registry.getSchema(SchemaLocation.of("https://xarf.org/schemas/v4/xarf-v4-master.json"));
    }

    private static String fetchStatus(WebDriver browser, String address) {
        return ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')))"
                                + ".catch(e => done('failed ' + e));",
                        address)
                .toString();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
