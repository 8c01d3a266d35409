package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A phishing message is known by the brand it pretends to be, whichever way it came in: the citizen's
 * description of a shop's "account suspended" mail on the web form, and a card company's lookalike through a
 * partner's api. The advisor sees the brand, the impersonation and its evidence on the case.
 */
@ExtendWith(ArquillianExtension.class)
class PhishingBrandIT {

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(() -> deployed);

    @Test
    void theBrandAndTheLookalikeAreFoundOnTheWebFormAndThroughTheApi() throws Exception {
        var browser = session.browser();
        var wait = session.await();
        String token = Long.toString(System.nanoTime(), 36);

        session.open("?lang=en");
        String receipt = Citizen.report(
                browser,
                wait,
                "【Amazon】アカウントを一時停止しました " + token,
                "お客様のアカウントは一時的に利用できない状態です。下記より情報を更新してください。" + " https://amazon-co-jp.security-check.top/ap/signin",
                "13",
                null)[0];
        long webReport = SuiteDatabase.count("SELECT id FROM cmp_complaint WHERE receipt_number = '" + receipt + "'");

        String card = "From: =?UTF-8?B?" + b64("楽天カード株式会社") + "?= <info@rakuten-card.jp-secure.com>\r\n"
                + "Subject: =?UTF-8?B?" + b64("【楽天カード】ご利用確認のお願い " + token) + "?=\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "お客様のカードに不正利用の可能性があります。https://rakuten-card.jp-secure.com/e-navi\r\n";
        var filed = Partners.file(session.base(), PartnerApiHardeningIT.key("brand probe"), card);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> SuiteDatabase.count("SELECT COUNT(*) FROM cmp_analysis WHERE complaint_id IN (" + webReport
                                + ", " + filed.id() + ") AND category = 'PHISHING'")
                        == 2);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> SuiteDatabase.caseOf(webReport) > 0 && SuiteDatabase.caseOf(filed.id()) > 0);

        String advisor = StaffSecurityIT.account("brand-advisor", "ADVISOR");
        Staff.signIn(browser, wait, session.base(), advisor, CenterDeployment.ADMIN_PASSWORD);
        session.open("advisor/case.xhtml?lang=en&id=" + SuiteDatabase.caseOf(webReport));
        String brand = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-brand")))
                .getText();
        assertThat(brand)
                .contains("Amazon (online shop)")
                .contains("impersonated")
                .contains("names Amazon in the subject")
                .contains("amazon-co-jp.security-check.top looks like Amazon: amazon inside another domain");
        assertThat(browser.findElement(By.id("evidence-category")).getText()).startsWith("Phishing");

        session.open("advisor/case.xhtml?lang=ja&id=" + SuiteDatabase.caseOf(filed.id()));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-brand")))
                        .getText())
                .contains("楽天カード (クレジットカード・決済)")
                .contains("なりすまし");

        // the manager counts the abused brands: the table, its CSV, the monthly report's phishing section
        var manager = new StaffHttp(session.base());
        manager.signIn(StaffSecurityIT.account("brand-manager", "MANAGER"), CenterDeployment.ADMIN_PASSWORD);
        var today = java.time.LocalDate.now(jp.spamcenter.complaint.api.CenterTime.ZONE);
        String csv = manager.get("api/v1/statistics/brand.csv?lang=en&from=" + today + "&to=" + today)
                .body();
        assertThat(csv).contains("Amazon").contains("Rakuten Card");
        // the period's phishing links, defanged, for takedown requests: managers and advisors
        String takedown = manager.get("api/v1/phishing-urls.csv?lang=en&from=" + today + "&to=" + today)
                .body();
        assertThat(takedown)
                .contains("hxxps://amazon-co-jp[.]security-check[.]top/ap/signin")
                .contains("hxxps://rakuten-card[.]jp-secure[.]com/e-navi")
                .doesNotContain("https://amazon-co-jp.security-check.top");
        var advisorHttp = new StaffHttp(session.base());
        advisorHttp.signIn(advisor, CenterDeployment.ADMIN_PASSWORD);
        assertThat(advisorHttp
                        .get("api/v1/phishing-urls.csv?from=" + today + "&to=" + today)
                        .statusCode())
                .isEqualTo(200);
        assertThat(manager.get("api/v1/phishing-urls.csv?from=tomorrow&to=" + today)
                        .statusCode())
                .isEqualTo(400);
        byte[] pdf = manager.bytes(
                        "api/v1/statistics/monthly-report/" + java.time.YearMonth.from(today) + ".pdf?lang=en")
                .body();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Phishing", "Abused brands (top 20)", "Amazon", "Abused brands by kind", "online shop")
                    .contains("Unique URLs", "Unique hosts");
        }
    }

    @Test
    void aCitizenReportsAnSmsWhichIsCountedBySenderKindAndGoesToTheirNetwork() throws Exception {
        var browser = session.browser();
        var wait = session.await();
        session.open("?lang=ja");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("report:channel"))).selectByValue("SMS");
        // the form asks for what an SMS has: no subject, no message file
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:smsSender")))
                .sendKeys("090-1234-5678");
        assertThat(browser.findElements(By.id("report:subject"))).isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.findElement(By.id("report:smsReceivedAt")),
                        java.time.LocalDateTime.now(jp.spamcenter.complaint.api.CenterTime.ZONE)
                                .minusHours(2)
                                .withSecond(0)
                                .withNano(0)
                                .toString());
        String token = Long.toString(System.nanoTime(), 36);
        browser.findElement(By.id("report:smsText"))
                .sendKeys("【佐川急便】鈴木一郎様 お荷物のお届けにあがりましたが不在の為持ち帰りました。 " + token
                        + " 下記よりご確認ください。 http://sagawa-xm.duckdns.org/");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("report:smsCarrier")))
                .selectByValue("DOCOMO");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("report:prefecture"))).selectByValue("27");
        browser.findElement(By.id("report:submit")).click();
        String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-number")))
                .getText();
        long id = SuiteDatabase.count("SELECT id FROM cmp_complaint WHERE receipt_number = '" + receipt + "'");
        assertThat(SuiteDatabase.count("SELECT COUNT(*) FROM cmp_complaint WHERE id = " + id
                        + " AND channel = 'SMS' AND sms_sender = '09012345678' AND sms_sender_kind = 'MOBILE'"
                        + " AND sms_received_at IS NOT NULL AND sms_carrier = 'DOCOMO'"))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> SuiteDatabase.count("SELECT COUNT(*) FROM cmp_analysis WHERE complaint_id = " + id
                                + " AND category = 'PHISHING' AND brand = 'SAGAWA'")
                        == 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> SuiteDatabase.caseOf(id) > 0);

        String advisor = StaffSecurityIT.account("sms-advisor", "ADVISOR");
        Staff.signIn(browser, wait, session.base(), advisor, CenterDeployment.ADMIN_PASSWORD);
        session.open("advisor/case.xhtml?lang=en&id=" + SuiteDatabase.caseOf(id));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-sms")))
                        .getText())
                .isEqualTo("09012345678 (Mobile number (070/080/090))");
        assertThat(browser.findElement(By.id("evidence-sms-carrier")).getText()).isEqualTo("NTT DOCOMO (ahamo too)");
        assertThat(browser.findElement(By.id("evidence-brand")).getText())
                .contains("Sagawa Express (delivery)")
                .contains("names Sagawa Express as the sender: \"佐川急便\"");

        // a number does not tell its network: the referral goes to the recipient's, found by its mail domains
        if (SuiteDatabase.count("SELECT COUNT(*) FROM adv_carrier WHERE name = 'NTTドコモ'") == 0) {
            SuiteDatabase.execute("INSERT INTO adv_carrier (name, domains, abuse_email, updated_at)"
                    + " VALUES ('NTTドコモ', 'docomo.ne.jp', 'sms-abuse@docomo-desk.example', NOW())");
        }
        browser.findElement(By.id("referrals:start")).click();
        new org.openqa.selenium.support.ui.Select(
                        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals:kind"))))
                .selectByValue("CARRIER");
        wait.until(driver -> "sms-abuse@docomo-desk.example"
                .equals(driver.findElement(By.id("referrals:destinationContact"))
                        .getDomProperty("value")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("referrals:reason")))
                .selectByValue("ACCOUNT_SUSPENSION");
        browser.findElement(By.id("referrals:prepare")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referrals:list"), "NTTドコモ"));
        int before = SuiteServices.mail().getReceivedMessagesForDomain("docomo-desk.example").length;
        browser.findElement(By.xpath("//button[starts-with(@id,'referrals:list:') and contains(@id,':send')]"))
                .click();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> SuiteServices.mail().getReceivedMessagesForDomain("docomo-desk.example").length > before);
        var notice = SuiteServices.mail().getReceivedMessagesForDomain("docomo-desk.example")[before];
        var parts = (jakarta.mail.Multipart) notice.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("09012345678");
        var evidence = ReferralIT.unzip(parts.getBodyPart(1).getInputStream().readAllBytes());
        assertThat(evidence.keySet()).containsExactly("sms-" + id + ".txt");
        assertThat(new String(evidence.get("sms-" + id + ".txt"), StandardCharsets.UTF_8))
                .contains("SMS sender / 送信元: 09012345678", token, "http://sagawa-xm.duckdns.org/")
                .contains("〔受信者名〕様")
                .doesNotContain("鈴木");

        var manager = new StaffHttp(session.base());
        manager.signIn(StaffSecurityIT.account("sms-manager", "MANAGER"), CenterDeployment.ADMIN_PASSWORD);
        var today = java.time.LocalDate.now(jp.spamcenter.complaint.api.CenterTime.ZONE);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> manager.get("api/v1/statistics/sms_sender.csv?lang=en&from=" + today + "&to=" + today)
                        .body()
                        .contains("MOBILE,Mobile number (070/080/090)"));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
