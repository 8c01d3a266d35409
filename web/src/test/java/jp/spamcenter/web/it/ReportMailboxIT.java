package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Properties;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail forwarded to the report mailbox becomes a report, is moved out of the inbox only once stored, and the
 * same message handed over twice is one report. The center polls a real IMAP server (GreenMail on 127.0.0.1).
 */
@ExtendWith(ArquillianExtension.class)
class ReportMailboxIT {

    private static final String FORWARD = """
            From: Citizen <citizen@example.jp>
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
    void aForwardedSpamBecomesOneReportAndLeavesTheInbox() throws Exception {
        String token = Long.toString(System.nanoTime());
        byte[] raw = FORWARD.formatted(token, token).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        deliver(raw);

        waitFor(() -> reportsWithSubject("Mailbox spam " + token) == 1, Duration.ofSeconds(60));
        waitFor(() -> inboxSize() == 0, Duration.ofSeconds(30));
        assertThat(contactOf("Mailbox spam " + token)).isEqualTo("citizen@example.jp");

        deliver(raw); // handed over again: still one report
        waitFor(() -> inboxSize() == 0, Duration.ofSeconds(60));
        assertThat(reportsWithSubject("Mailbox spam " + token)).isEqualTo(1);
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

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(200); // polling a condition, not a fixed wait
        }
    }
}
