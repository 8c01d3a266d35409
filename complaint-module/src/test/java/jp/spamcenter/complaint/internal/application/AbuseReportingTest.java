package jp.spamcenter.complaint.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.spamcenter.complaint.api.AbuseReportRejected;
import jp.spamcenter.complaint.api.AbuseReports.CountryCount;
import jp.spamcenter.complaint.api.AbuseReports.Document;
import jp.spamcenter.complaint.api.AbuseReports.Reporter;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.abuse.XarfSchema;
import jp.spamcenter.complaint.internal.analysis.SampleMessages;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.RawMessage;
import jp.spamcenter.complaint.internal.domain.SampleComplaints;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A month's spam from one country as X-ARF and ARF: the spam without the citizen's forwarding envelope, the
 * documents pass the official schema, reports that cannot be told are refused with the reason, every document
 * is in the access log. On a real MariaDB.
 */
class AbuseReportingTest {

    private static final Instant NOVEMBER = Instant.parse("2026-11-23T03:00:00Z");
    private static final Reporter CENTER = new Reporter(
            "Spam Complaint and Consultation Center", "abuse@spamcenter.example.jp", "spamcenter.example.jp");
    private static PersistenceTests db;
    private static ComplaintAnalysis analysis;
    private static ComplaintId forwarded;
    private static ComplaintId inline;
    private static ComplaintId described;
    private static String country;

    @BeforeAll
    static void storeReports() {
        db = PersistenceTests.migrated("complaint", "cmp_");
        analysis = new ComplaintAnalysis();
        analysis.trustedRelays = " ";
        analysis.countryDatabase = Optional.empty();
        analysis.maxBytes = 26_214_400;
        analysis.timeLimitSeconds = 10;
        analysis.configure();
        forwarded = store(SampleMessages.forwardedAsAttachment(SampleMessages.billingFraudShiftJis()), NOVEMBER);
        inline = store(SampleMessages.gmailInlineForward(), NOVEMBER);
        described = store(null, NOVEMBER);
        store(SampleMessages.billingFraudShiftJis(), Instant.parse("2026-10-31T14:59:00Z")); // October in Japan
        country =
                analysis.analyse(SampleMessages.billingFraudShiftJis()).origin().country();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aMonthsSpamFromOneCountryIsFoundByItsOrigin() {
        assertThat(country)
                .as("the bundled country database knows the sample's origin")
                .isNotNull();
        List<CountryCount> countries =
                reporting(r -> r.originCountries(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)));
        assertThat(countries).contains(new CountryCount(country, 1));

        List<ComplaintId> november =
                reporting(r -> r.fromCountry(country, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), 0, 100));
        assertThat(november).containsExactly(forwarded);
        List<ComplaintId> after = reporting(r ->
                r.fromCountry(country, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), forwarded.value(), 100));
        assertThat(after).isEmpty();
    }

    @Test
    void theXarfDocumentCarriesTheSpamWithoutTheCitizenAndPassesTheSchema() {
        Document document = reporting(r -> r.xarf(forwarded, CENTER, "manager-kato"));

        assertThat(document.mediaType()).isEqualTo("application/json");
        assertThat(XarfSchema.problems(document.text())).isEmpty();
        JsonObject json = Json.createReader(new StringReader(document.text())).readObject();
        assertThat(json.getString("report_id")).isEqualTo(document.id());
        assertThat(json.getString("source_identifier")).isEqualTo(SampleMessages.ORIGIN_IP);
        assertThat(json.getString("smtp_from")).isEqualTo("bounce@bulk-sender.test");
        assertThat(json.getString("timestamp")).isEqualTo("2026-11-23T01:00:01Z");
        String evidence = new String(
                Base64.getDecoder()
                        .decode(json.getJsonArray("evidence").getJsonObject(0).getString("payload")),
                StandardCharsets.ISO_8859_1);
        assertThat(evidence).startsWith("Return-Path: <bounce@bulk-sender.test>");
        assertThat(evidence).doesNotContain("citizen@example.jp", "Fwd: spam", "taro@carrier.test");
        assertThat(accessLog(forwarded)).contains("manager-kato XARF");
    }

    @Test
    void theArfReportCarriesTheSameSpam() {
        Document document = reporting(r -> r.arf(forwarded, CENTER, "manager-kato"));

        assertThat(document.mediaType()).isEqualTo("message/rfc822");
        assertThat(document.fileName()).endsWith(".eml");
        var inside = analysis.analyse(document.content());
        assertThat(inside.origin().ip()).isEqualTo(SampleMessages.ORIGIN_IP);
        assertThat(inside.category().code()).isEqualTo("BILLING_FRAUD");
        assertThat(new String(document.content(), StandardCharsets.ISO_8859_1))
                .contains("report-type=feedback-report", "Feedback-Type: abuse")
                .doesNotContain("citizen@example.jp");
        assertThat(accessLog(forwarded)).contains("manager-kato ARF");
    }

    @Test
    void reportsThatCannotBeToldAreRefusedWithTheReasonAndNothingIsLogged() {
        assertThatThrownBy(() -> reporting(r -> r.xarf(inline, CENTER, "manager-kato")))
                .isInstanceOf(AbuseReportRejected.class)
                .extracting(e -> ((AbuseReportRejected) e).code())
                .isEqualTo("inlineForward");
        assertThatThrownBy(() -> reporting(r -> r.xarf(described, CENTER, "manager-kato")))
                .extracting(e -> ((AbuseReportRejected) e).code())
                .isEqualTo("noMessage");
        assertThatThrownBy(() -> reporting(r -> r.arf(new ComplaintId(987_654), CENTER, "manager-kato")))
                .extracting(e -> ((AbuseReportRejected) e).code())
                .isEqualTo("notFound");
        assertThat(accessLog(inline)).isEmpty();
        assertThat(accessLog(described)).isEmpty();
    }

    @Test
    void aCarrierGetsEachSpamOfTheReportsWithWhatTheyHaveInCommon() {
        var evidence = reporting(r -> r.evidence(List.of(described, forwarded, inline), "sato"));

        assertThat(evidence.reports()).isEqualTo(3);
        assertThat(evidence.messages()).extracting(Document::complaint).containsExactly(forwarded);
        assertThat(evidence.withoutMessage()).containsExactly(inline, described);
        assertThat(evidence.firstSeen()).isEqualTo(NOVEMBER);
        assertThat(evidence.senderDomains()).contains("support-center.test");
        assertThat(evidence.originIps()).contains(SampleMessages.ORIGIN_IP);
        String spam = new String(evidence.messages().get(0).content(), StandardCharsets.ISO_8859_1);
        assertThat(spam).startsWith("Return-Path: <bounce@bulk-sender.test>").doesNotContain("taro@carrier.test");
        assertThat(accessLog(forwarded)).contains("sato EVIDENCE_PACKAGE");
    }

    @Test
    void aCarrierGetsTheSmsSendersAndTheTextsWithoutTheirRecipients() {
        ComplaintId sms = db.inTransaction(em -> {
            var complaint = Complaint.from(
                    jp.spamcenter.complaint.api.NewComplaint.onWebForm(
                                    "",
                                    "【佐川急便】山田花子様 お荷物を持ち帰りました。お客様の再配達はこちら"
                                            + " http://sagawa-xm.duckdns.org/ 問合せ hanako.yamada@example.jp",
                                    "13",
                                    Optional.empty(),
                                    jp.spamcenter.complaint.api.Channel.SMS,
                                    null)
                            .withSms(new jp.spamcenter.complaint.api.NewComplaint.Sms(
                                    "+63 912 345 6789",
                                    NOVEMBER.minusSeconds(600),
                                    jp.spamcenter.complaint.api.SmsSenders.Carrier.DOCOMO)),
                    ReceiptNumber.random(),
                    NOVEMBER);
            em.persist(complaint);
            em.flush();
            return complaint.id();
        });
        var evidence = reporting(r -> r.evidence(List.of(sms, forwarded), "sato"));
        assertThat(evidence.smsSenders()).containsExactly("+639123456789");
        assertThat(evidence.withoutMessage()).isEmpty();
        var text = evidence.messages().stream()
                .filter(m -> m.complaint().equals(sms))
                .findFirst()
                .orElseThrow();
        assertThat(text.mediaType()).startsWith("text/plain");
        assertThat(text.fileName()).isEqualTo("sms-" + sms.value() + ".txt");
        assertThat(text.text())
                .contains("SMS sender / 送信元: +639123456789")
                .contains("Received / 受信日時: 2026-")
                .contains("【佐川急便】〔受信者名〕様 お荷物を持ち帰りました。お客様の再配達はこちら http://sagawa-xm.duckdns.org/")
                .contains("問合せ " + jp.spamcenter.complaint.internal.abuse.RecipientRedaction.REDACTED)
                .doesNotContain("山田")
                .doesNotContain("hanako");
        assertThat(accessLog(sms)).contains("sato EVIDENCE_PACKAGE");
    }

    private static ComplaintId store(byte[] message, Instant receivedAt) {
        return db.inTransaction(em -> {
            var complaint = Complaint.from(SampleComplaints.anonymous(), ReceiptNumber.random(), receivedAt);
            em.persist(complaint);
            em.flush();
            if (message != null) {
                var result = analysis.analyse(message);
                em.persist(new RawMessage(complaint.id(), message, result.sha256(), null));
                em.persist(StoredAnalysis.of(
                        complaint.id(),
                        result,
                        jakarta.json.bind.JsonbBuilder.create().toJson(result),
                        receivedAt));
            }
            return complaint.id();
        });
    }

    private static List<Object> accessLog(ComplaintId id) {
        return db.inTransaction(em -> PersistenceTests.rows(em.createNativeQuery(
                        "SELECT CONCAT(actor, ' ', what) FROM cmp_access_log WHERE complaint_id = ? ORDER BY id")
                .setParameter(1, id.value())));
    }

    private static <T> T reporting(Function<AbuseReporting, T> work) {
        return db.inTransaction(em -> {
            return work.apply(new AbuseReporting(em, CenterTime.system(), analysis));
        });
    }
}
