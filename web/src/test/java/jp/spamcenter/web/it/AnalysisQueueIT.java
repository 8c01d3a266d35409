package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.sql.DriverManager;
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
 * The analysis queue as staff use it: a report that could not be analysed is shown to advisors with the reason
 * and sent back; an administrator re-analyses all reports after an upgrade and watches the progress.
 */
@ExtendWith(ArquillianExtension.class)
class AnalysisQueueIT {

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(() -> deployed, Duration.ofSeconds(60));

    @Test
    void aQuarantinedReportIsShownToAdvisorsAndAReanalysisRunsToTheEnd() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        String key = Partners.issueKey(browser, wait, "解析キュー試験");

        // two reports through the partner api: stored, then analysed after commit
        String token = Long.toString(System.nanoTime());
        long first = fileReport(key, "Queue test A " + token);
        long second = fileReport(key, "Queue test B " + token);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> analysedVersion(first) != null && analysedVersion(second) != null);
        String current = analysedVersion(first);

        // an upgrade: their analyses are now by an older analyser; one report fails its analysis for good
        sql("UPDATE cmp_analysis SET analyser_version = '0.9/old' WHERE complaint_id IN (" + first + "," + second
                + ")");
        sql("INSERT INTO cmp_analysis_job (complaint_id, priority, attempts, next_attempt_at, last_error,"
                + " quarantined_at, queued_at) VALUES (" + second + ", 0, 5, NOW(6), 'it: the analysis store was"
                + " unavailable', NOW(6), NOW(6))");

        // the administrator starts the re-analysis and watches it finish
        browser.findElement(By.id("nav-analysis")).click();
        long runsBefore = count("SELECT COUNT(*) FROM cmp_reanalysis");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("analysis:reanalyse")))
                .click();
        // the status is polled and redrawn every two seconds: read it as it stands, whichever drawing that is (an
        // earlier test's finished run may still be drawn just after the click)
        var redrawn = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> count("SELECT COUNT(*) FROM cmp_reanalysis") > runsBefore
                        && count("SELECT COUNT(*) FROM cmp_reanalysis WHERE finished_at IS NULL") == 0);
        redrawn.until(
                driver -> !driver.findElements(By.id("analysis:run-finished")).isEmpty()
                        && driver.findElement(By.id("run-summary")).getText().contains(current));
        assertThat(analysedVersion(first)).isEqualTo(current);
        redrawn.until(
                driver -> !driver.findElement(By.id("quarantined")).getText().equals("0"));
        Staff.createAccountFrom(browser, wait, "queue-advisor", "相談員 四郎", "advisor-Passw0rd-4", 0);
        Staff.signOut(browser, wait);

        // an advisor sees the quarantined report with its reason and sends it back: it is analysed
        Staff.signIn(browser, wait, base, "queue-advisor", "advisor-Passw0rd-4");
        browser.findElement(By.id("nav-quarantine")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("quarantine:reports"), "the analysis store was unavailable"));
        browser.findElement(By.xpath("//tr[contains(., 'the analysis store was unavailable')]//button"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quarantine:messages"), "解析の待ち行列に戻しました"));
        await().atMost(Duration.ofSeconds(60)).until(() -> current.equals(analysedVersion(second)));
        assertThat(count("SELECT COUNT(*) FROM cmp_analysis_job WHERE complaint_id = " + second))
                .isZero();
    }

    private long fileReport(String key, String subject) throws Exception {
        String eml = "Received: from unknown (HELO pc) (45.76.12.34) by mx.carrier.test with SMTP;"
                + " Mon, 23 Nov 2026 10:00:01 +0900\r\nFrom: <info@casino.test>\r\nSubject: " + subject
                + "\r\n\r\nClaim 100 free spins at our casino.\r\n";
        return Partners.file(session.base(), key, eml).id();
    }

    private static String analysedVersion(long complaintId) throws Exception {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var query = db.prepareStatement("SELECT analyser_version FROM cmp_analysis WHERE complaint_id = ?")) {
            query.setLong(1, complaintId);
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static void sql(String statement) throws Exception {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var update = db.createStatement()) {
            update.executeUpdate(statement);
        }
    }

    private static long count(String query) throws Exception {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var statement = db.createStatement();
                var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
