package jp.spamcenter.complaint.internal.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import jp.spamcenter.complaint.api.AbuseReports.Reporter;
import org.junit.jupiter.api.Test;

/**
 * Each way a probe found a citizen's address slipping through the redaction of exports abroad: encoded words,
 * quoted-printable soft line breaks, percent-encoded links, the less common recipient headers, base64 text parts,
 * and the X-ARF subject and ARF Reported-Uri told beside the message.
 */
class RecipientRedactionTest {

    private static final List<String> CITIZEN = List.of(
            "hanako.sato@example.jp",
            "resent@example.jp",
            "apparent@example.jp",
            "forwarded@example.jp",
            "delivered@example.jp");
    private static final Reporter CENTER = new Reporter(
            "Spam Complaint and Consultation Center", "abuse@spamcenter.example.jp", "spamcenter.example.jp");

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String SUBJECT = "hanako.sato@example.jp 様 アカウントを停止しました";

    private static final byte[] MESSAGE = ("Received: from mx.bulk.test ([45.76.12.9])\r\n"
                    + "\tby mx.carrier.test for <hanako.sato@example.jp>; Mon, 23 Nov 2026 10:00:01 +0900\r\n"
                    + "Resent-To: resent@example.jp\r\n"
                    + "Apparently-To: apparent@example.jp\r\n"
                    + "X-Forwarded-To: forwarded@example.jp\r\n"
                    + "Delivered-To: delivered@example.jp\r\n"
                    + "To: =?UTF-8?B?" + b64("佐藤花子 <hanako.sato@example.jp>") + "?=\r\n"
                    + "Subject: =?UTF-8?B?" + b64(SUBJECT) + "?=\r\n"
                    + "From: Amazon <shop@bulk.test>\r\n"
                    + "MIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/alternative; boundary=\"b1\"\r\n"
                    + "\r\n"
                    + "--b1\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n"
                    + "Content-Transfer-Encoding: quoted-printable\r\n"
                    + "\r\n"
                    + "Dear hanako.sato@exam=\r\n"
                    + "ple.jp, sign in: https://phish.test/login?mail=3Dhanako.sato%40example.jp =E3=81=A7=\r\n"
                    + "=E3=81=99\r\n"
                    + "Write to shop@bulk.test.\r\n"
                    + "--b1\r\n"
                    + "Content-Type: text/html; charset=UTF-8\r\n"
                    + "Content-Transfer-Encoding: base64\r\n"
                    + "\r\n"
                    + Base64.getMimeEncoder()
                            .encodeToString(("<p>resent@example.jp apparent@example.jp forwarded@example.jp"
                                            + " delivered@example.jp</p>")
                                    .getBytes(StandardCharsets.UTF_8))
                    + "\r\n"
                    + "--b1--\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void noFormOfAnyRecipientIsLeftInTheMessage() throws Exception {
        byte[] redacted = RecipientRedaction.redact(MESSAGE);
        String raw = new String(redacted, StandardCharsets.ISO_8859_1);
        for (String address : CITIZEN) {
            assertThat(raw).as("raw").doesNotContainIgnoringCase(address);
            assertThat(raw).as("percent-encoded").doesNotContainIgnoringCase(address.replace("@", "%40"));
        }

        // decoded as a mail reader decodes it
        var message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(redacted));
        String to = MimeUtility.decodeText(message.getHeader("To", ","));
        assertThat(to).isEqualTo("佐藤花子 <" + RecipientRedaction.REDACTED + ">");
        assertThat(message.getSubject()).isEqualTo(RecipientRedaction.REDACTED + " 様 アカウントを停止しました");
        var parts = (MimeMultipart) message.getContent();
        BodyPart text = parts.getBodyPart(0);
        String plain = (String) text.getContent();
        assertThat(plain)
                .contains("Dear " + RecipientRedaction.REDACTED + ",")
                .contains("?mail=redacted%40redacted.invalid")
                .contains("です")
                .contains("shop@bulk.test");
        String html = (String) parts.getBodyPart(1).getContent();
        for (String address : CITIZEN) {
            assertThat(plain + html).doesNotContainIgnoringCase(address);
        }
        assertThat(html).contains(RecipientRedaction.REDACTED);
        assertThat(message.getFrom()[0].toString()).contains("shop@bulk.test");
    }

    @Test
    void aMessageWithoutRecipientsKeepsItsBytes() {
        byte[] message = "From: a@bulk.test\r\nSubject: x\r\n\r\nhello hanako.sato@example.jp\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(RecipientRedaction.redact(message)).isEqualTo(message);
    }

    @Test
    void partsThatNameNoRecipientKeepTheirBytes() {
        byte[] redacted = RecipientRedaction.redact(MESSAGE);
        String raw = new String(redacted, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\n");
        assertThat(raw).contains("From: Amazon <shop@bulk.test>\r\n").endsWith("--b1--\r\n");
    }

    @Test
    void theXarfSubjectAndTheArfLinksAreRedactedToo() throws Exception {
        var redaction = RecipientRedaction.of(MESSAGE);
        var spam = new Spam(
                Instant.parse("2026-11-23T01:00:01Z"),
                "45.76.12.9",
                "shop@bulk.test",
                redaction.text("Amazon"),
                redaction.text(SUBJECT),
                "<1@bulk.test>",
                "PHISHING",
                null,
                List.of(redaction.text("https://phish.test/login?mail=hanako.sato%40example.jp")),
                redaction.message(MESSAGE));

        JsonObject xarf = Json.createReader(new StringReader(XarfDocument.of(UUID.randomUUID(), spam, CENTER)))
                .readObject();
        assertThat(xarf.getString("subject")).isEqualTo(RecipientRedaction.REDACTED + " 様 アカウントを停止しました");
        assertThat(XarfSchema.problems(xarf.toString())).isEmpty();

        String arf = new String(ArfReport.of("r1@spamcenter.example.jp", spam, CENTER), StandardCharsets.ISO_8859_1);
        assertThat(arf).contains("Reported-Uri: https://phish.test/login?mail=redacted%40redacted.invalid");
        for (String address : CITIZEN) {
            assertThat(arf).doesNotContainIgnoringCase(address);
            assertThat(arf).doesNotContainIgnoringCase(address.replace("@", "%40"));
        }
    }
}
