package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Mail forwarded to the report mailbox becomes a report, is moved out of the inbox only once stored, is analysed
 * after commit, and the same message handed over twice is one report; the citizen who forwarded it gets the
 * receipt by mail and follows the report, and an advisor sees it. The center polls a real IMAP server and
 * mails through a real SMTP server (GreenMail on 127.0.0.1).
 */
@ExtendWith(ArquillianExtension.class)
class ReportMailboxIT {

    /** The forwarding citizen's domain: no other test mails there. */
    private static final String CITIZEN_DOMAIN = "forwarder.example.org";

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(() -> deployed);

    private static final String FORWARD = """
            From: Citizen <citizen@forwarder.example.org>
            To: report@spamcenter.test
            Subject: Fwd: suspicious mail
            Message-ID: <fwd-%s@example.jp>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=UTF-8

            Please look at this.
            --b1
            Content-Type: message/rfc822

            Received: from unknown (HELO pc) (45.76.12.34) by mx.carrier.test with SMTP; Mon, 23 Nov 2026 10:00:01 +0900
            From: <info@casino.test>
            Subject: Mailbox spam %s
            Content-Type: text/plain; charset=UTF-8

            Claim 100 free spins at our casino.
            --b1--
            """;

    @Test
    void aForwardedSpamBecomesOneAnalysedReportItsCitizenFollowsAndAnAdvisorSees() throws Exception {
        String token = Long.toString(System.nanoTime());
        String subject = "Mailbox spam " + token;
        byte[] raw = FORWARD.formatted(token, token).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        deliver(raw);

        // stored, then analysed after commit: subject, category and origin come from the attached spam
        await().atMost(Duration.ofSeconds(60)).until(() -> reportsWithSubject(subject) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxSize() == 0);
        assertThat(contactOf(subject)).isEqualTo("citizen@" + CITIZEN_DOMAIN);
        assertThat(analysisOf(subject)).containsExactly("GAMBLING", "45.76.12.34");

        deliver(raw); // handed over again: still one report
        await().atMost(Duration.ofSeconds(60)).until(() -> inboxSize() == 0);
        assertThat(reportsWithSubject(subject)).isEqualTo(1);

        // the acknowledgement reaches the citizen who forwarded it, with the receipt number and secret
        await().atMost(Duration.ofSeconds(30))
                .until(() -> SuiteServices.mail().getReceivedMessagesForDomain(CITIZEN_DOMAIN).length == 1);
        String mailed = SuiteServices.mail()
                .getReceivedMessagesForDomain(CITIZEN_DOMAIN)[0]
                .getContent()
                .toString();
        Matcher receipt = RECEIPT.matcher(mailed);
        Matcher secret = SECRET.matcher(mailed);
        assertThat(receipt.find()).as(mailed).isTrue();
        assertThat(secret.find()).as(mailed).isTrue();

        URI base = session.base();
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        // the citizen follows the report by receipt
        browser.get(base.resolve("status.xhtml").toString());
        browser.findElement(By.id("follow:receiptNumber")).sendKeys(receipt.group());
        browser.findElement(By.id("follow:secret")).sendKeys(secret.group());
        browser.findElement(By.id("follow:lookUp")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-state")));
        assertThat(browser.findElement(By.id("follow:report")).getText()).contains(subject, receipt.group());

        // an advisor sees it in the queue with its category
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        Staff.createAccount(browser, wait, "mailbox-advisor", "相談員 三郎", "advisor-Passw0rd-3", 0);
        Staff.signOut(browser, wait);
        Staff.signIn(browser, wait, base, "mailbox-advisor", "advisor-Passw0rd-3");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseList:cases")));
        browser.get(base.resolve("advisor/cases.xhtml?queue=ALL").toString());
        wait.until(driver -> {
            if (driver.findElement(By.id("caseList:cases")).getText().contains(receipt.group())) {
                return true;
            }
            driver.navigate().refresh(); // the case opens once the analysis has completed the report
            return false;
        });
        WebElement row = browser.findElement(By.xpath("//tr[.//a[text()='" + receipt.group() + "']]"));
        assertThat(row.getText()).contains(subject, "ギャンブル");

        // the case shows the analysis, and the original downloads byte for byte as .eml
        row.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-category")));
        assertThat(browser.findElement(By.id("evidence-category")).getText()).contains("ギャンブル");
        // the forwarded spam has no authentication results: said in words, not " / / "
        assertThat(browser.findElement(By.id("evidence-authentication")).getText())
                .isEqualTo("記録なし（認証結果のヘッダーがありません）");
        String download = browser.findElement(By.id("download")).getAttribute("href");
        Object fetched = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' '"
                                + " + r.headers.get('Content-Disposition') + ' ' + t))).catch(e => done('failed ' + e));",
                        download);
        assertThat(fetched.toString())
                .startsWith("200 attachment; filename=")
                .contains(".eml", "Subject: " + subject, "Fwd: suspicious mail");
    }

    private static final Pattern RECEIPT = Pattern.compile("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
    private static final Pattern SECRET =
            Pattern.compile("(?<![2-9A-HJ-NP-Z-])[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}(?![2-9A-HJ-NP-Z-])");

    private static List<String> analysisOf(String subject) throws Exception {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var query =
                        db.prepareStatement("SELECT a.category, a.origin_ip FROM cmp_analysis a JOIN cmp_complaint c"
                                + " ON c.id = a.complaint_id WHERE c.subject = ?")) {
            query.setString(1, subject);
            try (var rows = query.executeQuery()) {
                return rows.next() ? List.of(rows.getString(1), rows.getString(2)) : List.of();
            }
        }
    }

    private static void deliver(byte[] raw) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        SuiteServices.mail()
                .getUserManager()
                .getUserByEmail(SuiteServices.MAILBOX_ADDRESS)
                .deliver(message);
    }

    private static int inboxSize() throws Exception {
        return SuiteServices.mail()
                .getManagers()
                .getImapHostManager()
                .getInbox(SuiteServices.mail().getUserManager().getUserByEmail(SuiteServices.MAILBOX_ADDRESS))
                .getMessageCount();
    }

    private static long reportsWithSubject(String subject) throws Exception {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var query = db.prepareStatement(
                        "SELECT COUNT(*) FROM cmp_complaint WHERE intake = 'MAILBOX' AND subject = ?")) {
            query.setString(1, subject);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String contactOf(String subject) throws Exception {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var query = db.prepareStatement("SELECT k.email FROM cmp_contact k JOIN cmp_complaint c"
                        + " ON c.id = k.complaint_id WHERE c.subject = ?")) {
            query.setString(1, subject);
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
