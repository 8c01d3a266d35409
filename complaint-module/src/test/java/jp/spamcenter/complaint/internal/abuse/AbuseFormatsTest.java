package jp.spamcenter.complaint.internal.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import jp.spamcenter.complaint.api.AbuseReports.Reporter;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.internal.analysis.MessageAnalyzer;
import jp.spamcenter.complaint.internal.analysis.SampleMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * X-ARF documents pass the official v4 schemas (xarf/xarf-spec samples and schemas, MIT) and ARF reports have
 * the structure of real ones (sisimai's set-of-emails, BSD-2) and read back as the same spam.
 */
class AbuseFormatsTest {

    private static final Reporter CENTER = new Reporter(
            "Spam Complaint and Consultation Center", "abuse@spamcenter.example.jp", "spamcenter.example.jp");
    private static final byte[] SPAM_WITH_RECIPIENT = SampleMessages.billingFraudShiftJis();

    @ParameterizedTest
    @ValueSource(strings = {"messaging-spam", "messaging-bulk-messaging", "content-phishing", "content-fraud"})
    void theOfficialSamplesPassTheSchemas(String sample) throws IOException {
        assertThat(XarfSchema.problems(resource("/corpus/xarf/" + sample + ".json")))
                .isEmpty();
    }

    @Test
    void theSchemasCatchADocumentAnAgencyWouldRefuse() throws IOException {
        JsonObject sample = Json.createReader(new StringReader(resource("/corpus/xarf/messaging-spam.json")))
                .readObject();
        String withoutSender =
                Json.createObjectBuilder(sample).remove("smtp_from").build().toString();
        String badContact = Json.createObjectBuilder(sample)
                .add(
                        "reporter",
                        Json.createObjectBuilder(sample.getJsonObject("reporter"))
                                .add("contact", "not a mailbox"))
                .build()
                .toString();
        String unknownType =
                Json.createObjectBuilder(sample).add("type", "junk").build().toString();

        assertThat(XarfSchema.problems(withoutSender)).isNotEmpty();
        assertThat(XarfSchema.problems(badContact)).isNotEmpty();
        assertThat(XarfSchema.problems(unknownType)).isNotEmpty();
    }

    @Test
    void aJapaneseSpamBecomesAValidDocumentWithoutItsRecipient() {
        byte[] redacted = RecipientRedaction.redact(SPAM_WITH_RECIPIENT);
        String json = XarfDocument.of(UUID.randomUUID(), spam(redacted), CENTER);

        assertThat(XarfSchema.problems(json)).isEmpty();
        JsonObject document = Json.createReader(new StringReader(json)).readObject();
        assertThat(document.getString("source_identifier")).isEqualTo(SampleMessages.ORIGIN_IP);
        assertThat(document.getString("smtp_from")).isEqualTo("bounce@bulk-sender.test");
        assertThat(document.getString("subject")).isEqualTo("未払いのお知らせ");
        assertThat(document.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString))
                .contains("category:billing_fraud");
        JsonObject evidence = document.getJsonArray("evidence").getJsonObject(0);
        byte[] payload = Base64.getDecoder().decode(evidence.getString("payload"));
        assertThat(payload).isEqualTo(redacted);
        assertThat(evidence.getString("hash")).isEqualTo("sha256:" + XarfDocument.sha256(payload));
        String sent = new String(payload, StandardCharsets.ISO_8859_1);
        assertThat(sent).doesNotContain("taro@carrier.test").contains("To: " + RecipientRedaction.REDACTED);
        assertThat(sent).contains("info@support-center.test", "bounce@bulk-sender.test");
    }

    @Test
    void recipientsNamedAnywhereInTheHeaderAreRedactedEverywhereButSendersStay() {
        String message = "Received: from mx.bulk.test ([45.76.12.9])\r\n\tby mx.docomo.test for <Hanako@Docomo.test>;"
                + " Mon, 23 Nov 2026 10:00:01 +0900\r\nDelivered-To: hanako@docomo.test\r\n"
                + "To: \"Hanako\" <hanako@docomo.test>, friend@example.jp\r\nFrom: shop@bulk.test\r\n"
                + "Subject: hi\r\n\r\nDear hanako@docomo.test and friend@example.jp, unsubscribe: stop@bulk.test\r\n";
        String redacted = new String(
                RecipientRedaction.redact(message.getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII);

        assertThat(redacted).doesNotContainIgnoringCase("hanako@docomo.test").doesNotContain("friend@example.jp");
        assertThat(redacted).contains("shop@bulk.test", "stop@bulk.test", "45.76.12.9");
        assertThat(redacted.split(RecipientRedaction.REDACTED, -1)).hasSize(7);
    }

    @Test
    void arfHasTheStructureOfRealFeedbackReportsAndReadsBackAsTheSameSpam() throws Exception {
        var real = new ArrayList<List<String>>();
        for (int n : IntStream.rangeClosed(1, 26).toArray()) {
            InputStream in = AbuseFormatsTest.class.getResourceAsStream(String.format("/corpus/arf/arf-%02d.eml", n));
            if (in != null) {
                try (in) {
                    real.add(structure(in.readAllBytes()));
                }
            }
        }
        assertThat(real).hasSizeGreaterThanOrEqualTo(15);
        byte[] redacted = RecipientRedaction.redact(SPAM_WITH_RECIPIENT);

        byte[] arf = ArfReport.of("r1@spamcenter.example.jp", spam(redacted), CENTER);

        List<String> ours = structure(arf);
        assertThat(ours)
                .containsExactly(
                        "multipart/report;feedback-report", "text/plain", "message/feedback-report", "message/rfc822");
        assertThat(real).contains(ours);
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(arf));
        BodyPart fields = ((MimeMultipart) parsed.getContent()).getBodyPart(1);
        var machine = new InternetHeaders(fields.getInputStream());
        assertThat(machine.getHeader("Feedback-Type", null)).isEqualTo("abuse");
        assertThat(machine.getHeader("Source-IP", null)).isEqualTo(SampleMessages.ORIGIN_IP);
        assertThat(machine.getHeader("Original-Mail-From", null)).isEqualTo("<bounce@bulk-sender.test>");
        assertThat(machine.getHeader("Reported-Uri", null)).startsWith("http://example-billing.test/pay");

        // the project's own analysis finds the same spam inside the report
        AnalysisResult direct = new MessageAnalyzer().analyse(redacted);
        AnalysisResult inside = new MessageAnalyzer().analyse(arf);
        assertThat(inside.wrapping()).isEqualTo(AnalysisResult.Wrapping.ATTACHED);
        assertThat(inside.spam().subject()).isEqualTo(direct.spam().subject());
        assertThat(inside.origin().ip()).isEqualTo(SampleMessages.ORIGIN_IP);
        assertThat(inside.sender().address()).isEqualTo("info@support-center.test");
        assertThat(inside.category().code()).isEqualTo("BILLING_FRAUD");
        assertThat(inside.campaignKey()).isEqualTo(direct.campaignKey());
    }

    /** The content type of a report and of its parts, in order. */
    private static List<String> structure(byte[] message) throws MessagingException, IOException {
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(message));
        var type = new ContentType(parsed.getContentType());
        var shape = new ArrayList<String>();
        shape.add(type.getBaseType().toLowerCase() + ";" + type.getParameter("report-type"));
        if (parsed.getContent() instanceof MimeMultipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                shape.add(new ContentType(parts.getBodyPart(i).getContentType())
                        .getBaseType()
                        .toLowerCase());
            }
        }
        return shape;
    }

    private static Spam spam(byte[] message) {
        return new Spam(
                Instant.parse("2026-11-23T01:00:01Z"),
                SampleMessages.ORIGIN_IP,
                "bounce@bulk-sender.test",
                "請求センター",
                "未払いのお知らせ",
                "<123@bulk-sender.test>",
                "BILLING_FRAUD",
                "ABCDEFGHJKLMNPQRSTUVWXYZ",
                List.of("http://example-billing.test/pay?id=ab12cd34ef"),
                message);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = AbuseFormatsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
