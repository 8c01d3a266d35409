package jp.spamcenter.complaint.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ComplaintEvidence.Evidence;
import jp.spamcenter.complaint.api.ComplaintEvidence.Original;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.analysis.MessageAnalyzer;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.RawMessage;
import jp.spamcenter.complaint.internal.domain.SampleComplaints;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An advisor reads a report's evidence and original; every read is in the access log. On a real MariaDB. */
class EvidenceDeskTest {

    private static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");
    private static final byte[] SPAM = ("Received: from mx.bulk.test ([45.76.12.9]) by mx.center.test; Tue, 24 Nov"
                    + " 2026 09:59:00 +0900\r\nFrom: info@bulk.test\r\nSubject: casino\r\n\r\n"
                    + "オンラインカジノで今なら入金不要ボーナス進呈。 https://casino.test/x\r\n")
            .getBytes(StandardCharsets.UTF_8);
    private static PersistenceTests db;
    private static ComplaintId stored;

    @BeforeAll
    static void storeAnAnalysedReport() {
        db = PersistenceTests.migrated("complaint", "cmp_");
        stored = db.inTransaction(em -> {
            var complaint = Complaint.from(SampleComplaints.anonymous(), ReceiptNumber.random(), T0);
            em.persist(complaint);
            em.flush();
            var result = new MessageAnalyzer().analyse(SPAM);
            em.persist(new RawMessage(complaint.id(), SPAM, result.sha256(), null));
            em.persist(StoredAnalysis.of(
                    complaint.id(),
                    result,
                    jakarta.json.bind.JsonbBuilder.create().toJson(result),
                    T0));
            return complaint.id();
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theEvidenceCarriesTheAnalysisAndTheOriginalIsUnalteredAndBothReadsAreLogged() {
        Evidence evidence = desk(d -> d.evidence(stored, "sato").orElseThrow());
        Original original = desk(d -> d.original(stored, "sato", null).orElseThrow());

        assertThat(evidence.analysis()).isNotNull();
        assertThat(evidence.analysis().category().code()).isEqualTo("GAMBLING");
        assertThat(evidence.analysis().origin().ip()).isEqualTo("45.76.12.9");
        assertThat(evidence.originalSize()).isEqualTo(SPAM.length);
        assertThat(original.content()).isEqualTo(SPAM);
        assertThat(original.sha256()).isEqualTo(MessageAnalyzer.sha256(SPAM));
        assertThat(original.fileName()).endsWith(".eml");

        List<Object> log = db.inTransaction(em -> PersistenceTests.rows(em.createNativeQuery(
                        "SELECT CONCAT(actor, ' ', what) FROM cmp_access_log WHERE complaint_id = ? ORDER BY id")
                .setParameter(1, stored.value())));
        assertThat(log).containsExactly("sato EVIDENCE", "sato ORIGINAL");
    }

    @Test
    void theOriginalOfAnotherAdvisorsCaseIsLoggedWithItsPurpose() {
        desk(d ->
                d.original(stored, "tanaka", "Covering for the case's advisor").orElseThrow());

        List<Object> log = db.inTransaction(em -> PersistenceTests.rows(
                em.createNativeQuery("SELECT CONCAT(actor, ' ', what, ' ', purpose) FROM cmp_access_log"
                                + " WHERE complaint_id = ? AND actor = 'tanaka'")
                        .setParameter(1, stored.value())));
        assertThat(log).containsExactly("tanaka ORIGINAL Covering for the case's advisor");
        db.inTransaction(em -> em.createNativeQuery("DELETE FROM cmp_access_log WHERE actor = 'tanaka'")
                .executeUpdate()); // the other tests count this report's reads
    }

    @Test
    void anUnknownReportHasNoEvidenceAndNothingIsLogged() {
        Optional<Evidence> none = desk(d -> d.evidence(new ComplaintId(999_999), "sato"));
        assertThat(none).isEmpty();
        Number logged = db.inTransaction(
                em -> (Number) em.createNativeQuery("SELECT COUNT(*) FROM cmp_access_log WHERE complaint_id = 999999")
                        .getSingleResult());
        assertThat(logged.longValue()).isZero();
    }

    private static <T> T desk(java.util.function.Function<EvidenceDesk, T> read) {
        return db.inTransaction(em -> {
            return read.apply(new EvidenceDesk(em, CenterTime.system()));
        });
    }
}
