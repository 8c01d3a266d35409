package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator or a supervisor answers "who looked at this citizen's data, when, and why" on a page; nobody
 * else may open it.
 */
@ExtendWith(ArquillianExtension.class)
class AccessAuditIT {

    @ArquillianResource
    URL deployed;

    private URI base;

    @BeforeEach
    void loopback() {
        base = CenterDeployment.loopback(deployed);
    }

    @Test
    void whoLookedAtThisReportWhenAndWhy() throws Exception {
        String receipt = fileReport();
        long id = complaintId(receipt);
        String reader = StaffSecurityIT.account("audit-reader", "ADVISOR");
        SuiteDatabase.execute("INSERT INTO cmp_access_log (at, actor, complaint_id, what, purpose) VALUES"
                + " ('2026-11-24 01:00:00', '" + reader + "', " + id + ", 'CONTACT', 'referral with consent')");
        SuiteDatabase.execute("INSERT INTO cmp_access_log (at, actor, complaint_id, what) VALUES"
                + " ('2026-11-25 02:30:00', '" + reader + "', " + id + ", 'EVIDENCE')");

        var admin = new StaffHttp(base);
        admin.signIn("admin", CenterDeployment.ADMIN_PASSWORD);
        String page = admin.get("audit/access.xhtml?lang=en&receipt=" + receipt).body();
        assertThat(page).contains("2 reads found.");
        assertThat(page).contains(reader).contains("2026-11-25 11:30:00").contains("2026-11-24 10:00:00");
        assertThat(page).contains("Contact e-mail address (for a referral)").contains("referral with consent");
        assertThat(page.indexOf("2026-11-25 11:30:00")).as("newest first").isLessThan(page.indexOf("2026-11-24"));

        String byAccountAndDay = admin.get(
                        "audit/access.xhtml?lang=en&account=" + reader + "&from=2026-11-25&to=2026-11-25")
                .body();
        assertThat(byAccountAndDay).contains("One read found.").contains("Evidence (text and analysis)");
        assertThat(admin.get("audit/access.xhtml?lang=en&receipt=NOT-A-NUMBER").body())
                .contains("That is not a receipt number");

        var supervisor = new StaffHttp(base);
        supervisor.signIn(StaffSecurityIT.account("audit-supervisor", "SUPERVISOR"), CenterDeployment.ADMIN_PASSWORD);
        assertThat(supervisor.get("audit/access.xhtml?receipt=" + receipt).body())
                .contains(reader);

        var advisor = new StaffHttp(base);
        advisor.signIn(reader, CenterDeployment.ADMIN_PASSWORD);
        assertThat(advisor.get("audit/access.xhtml?receipt=" + receipt).statusCode())
                .isEqualTo(403);
    }

    @Test
    void administratorsActionsAreRecordedAndHeavyReadingIsAnAlert() throws Exception {
        var admin = new StaffHttp(base);
        String actor = StaffSecurityIT.account("audit-admin", "ADMIN");
        admin.signIn(actor, CenterDeployment.ADMIN_PASSWORD);
        String created = "audited-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("account", "account");
        form.put("account:username", created);
        form.put("account:displayName", "Audited");
        form.put("account:password", "audited-Passw0rd-2026");
        form.put("account:roles", "ADVISOR");
        form.put("account:create", "");
        form.put("jakarta.faces.ViewState", admin.viewState("admin/accounts.xhtml"));
        admin.postForm("admin/accounts.xhtml", form);

        String page = admin.get("audit/access.xhtml?lang=en&account=" + actor).body();
        assertThat(page)
                .contains("Administrators' actions")
                .contains("Account created")
                .contains(created);

        // one account reads six persons' reports in a day; the suite's limit is five
        String reader = StaffSecurityIT.account("audit-heavy", "ADVISOR");
        for (int i = 1; i <= 6; i++) {
            SuiteDatabase.execute("INSERT INTO cmp_access_log (at, actor, complaint_id, what) VALUES (UTC_TIMESTAMP(6),"
                    + " '" + reader + "', " + (990_000 + i) + ", 'EVIDENCE')");
        }
        String alerted = admin.get("audit/access.xhtml?lang=en").body();
        assertThat(alerted).contains("Alert: accounts read or exported the data of more than 5 persons");
        assertThat(alerted).contains(reader + "</a>:").contains("6 persons");
    }

    @Test
    void anotherAdvisorsCaseIsReadOnlyForAPurposeThatIsLogged() throws Exception {
        String receipt = fileReport();
        long complaint = complaintId(receipt);
        await().atMost(Duration.ofSeconds(60)).until(() -> SuiteDatabase.caseOf(complaint) > 0);
        long caseId = SuiteDatabase.caseOf(complaint);
        String owner = StaffSecurityIT.account("purpose-owner", "ADVISOR");
        SuiteDatabase.execute("UPDATE adv_case SET assignee = '" + owner + "' WHERE id = " + caseId);

        var other = new StaffHttp(base);
        String reader = StaffSecurityIT.account("purpose-reader", "ADVISOR");
        other.signIn(reader, CenterDeployment.ADMIN_PASSWORD);
        String page = other.get("advisor/case.xhtml?lang=en&id=" + caseId).body();
        assertThat(page).contains("This case is another advisor").doesNotContain("id=\"evidence\"");
        assertThat(reads(complaint, reader)).as("nothing read before a purpose").isZero();

        var state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(state.find()).isTrue();
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("purpose", "purpose");
        form.put("purpose:purpose", "SUPERVISION");
        form.put("purpose:read", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        String shown = other.postForm("advisor/case.xhtml", form).body();
        assertThat(shown).contains("id=\"evidence\"");
        assertThat(reads(complaint, reader)).isEqualTo(1);
        assertThat(SuiteDatabase.count("SELECT COUNT(*) FROM cmp_access_log WHERE complaint_id = " + complaint
                        + " AND actor = '" + reader + "' AND purpose = 'Review as a supervisor'"))
                .isEqualTo(1);

        // the original's download carries the same purpose into the log
        var download = Pattern.compile(
                        "href=\"[^\"]*/(api/v1/complaints/" + complaint + "/original\\?purpose=SUPERVISION)\"")
                .matcher(shown);
        assertThat(download.find()).as("the .eml link carries the purpose").isTrue();
        assertThat(other.get(download.group(1)).statusCode()).isEqualTo(200);
        assertThat(SuiteDatabase.count("SELECT COUNT(*) FROM cmp_access_log WHERE complaint_id = " + complaint
                        + " AND actor = '" + reader + "' AND what = 'ORIGINAL' AND purpose = 'Review as a supervisor'"))
                .isEqualTo(1);

        // the case's own advisor reads it without being asked
        var own = new StaffHttp(base);
        own.signIn(owner, CenterDeployment.ADMIN_PASSWORD);
        assertThat(own.get("advisor/case.xhtml?lang=en&id=" + caseId).body())
                .doesNotContain("This case is another advisor")
                .contains("id=\"evidence\"");
    }

    private static long reads(long complaint, String actor) throws Exception {
        return SuiteDatabase.count("SELECT COUNT(*) FROM cmp_access_log WHERE complaint_id = " + complaint
                + " AND actor = '" + actor + "'");
    }

    private String fileReport() throws Exception {
        String key = PartnerApiHardeningIT.key("audit probe");
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("api/v1/reports"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + key)
                                .header("Content-Type", "message/rfc822")
                                .POST(HttpRequest.BodyPublishers.ofString("From: a@bulk.test\r\nTo: b@example.jp\r\n"
                                        + "Subject: audit " + System.nanoTime() + "\r\n\r\nbuy\r\n"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(202);
        var number = Pattern.compile("\"receiptNumber\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(number.find()).isTrue();
        return number.group(1);
    }

    private static long complaintId(String receipt) throws Exception {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var query = db.prepareStatement("SELECT id FROM cmp_complaint WHERE receipt_number = ?")) {
            query.setString(1, receipt);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
