package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.ComplaintEvidence;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.internal.analysis.SafeHtml;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.ComplaintContact;
import jp.spamcenter.complaint.internal.domain.RawMessage;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;
import jp.spamcenter.complaint.internal.infrastructure.AccessLog;
import jp.spamcenter.complaint.internal.infrastructure.ComplaintRepository;

/** Shows advisors a report's evidence and writes each read to the access log in the same transaction. */
@ApplicationScoped
@Transactional
public class EvidenceDesk implements ComplaintEvidence {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(EvidenceDesk.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    ComplaintRepository complaints;

    @Inject
    AccessLog accessLog;

    /** The application's analysis, with its configured limits, reads a message's HTML parts. */
    @Inject
    ComplaintAnalysis analysis;

    public EvidenceDesk() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public EvidenceDesk(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.complaints = new ComplaintRepository(em);
        this.accessLog = new AccessLog(em);
    }

    @Override
    public Optional<Evidence> evidence(ComplaintId id, String readBy) {
        return evidence(id, readBy, null);
    }

    @Override
    public Optional<Evidence> evidence(ComplaintId id, String readBy, String purpose) {
        Complaint complaint = em.find(Complaint.class, id.value());
        if (complaint == null) {
            return Optional.empty();
        }
        accessLog.read(id, readBy, "EVIDENCE", purpose, clock.instant());
        Optional<ComplaintRepository.Original> original = complaints.original(id);
        StoredAnalysis stored = em.find(StoredAnalysis.class, id.value());
        return Optional.of(new Evidence(
                id,
                complaint.receiptNumber(),
                complaint.intake(),
                complaint.channel(),
                complaint.prefectureCode(),
                complaint.receivedAt(),
                complaint.subject(),
                complaint.messageText(),
                original.map(ComplaintRepository.Original::size).orElse(0L),
                original.map(ComplaintRepository.Original::sha256).orElse(null),
                stored == null ? null : analysis(id, stored),
                complaint.smsSender() == null && complaint.smsReceivedAt() == null && complaint.smsCarrier() == null
                        ? null
                        : new ComplaintEvidence.Sms(
                                complaint.smsSender(),
                                complaint.smsSenderKind() == null
                                        ? null
                                        : jp.spamcenter.complaint.api.SmsSenders.Kind.valueOf(
                                                complaint.smsSenderKind()),
                                complaint.smsReceivedAt(),
                                complaint.smsCarrier())));
    }

    @Override
    public Optional<String> html(ComplaintId id, String readBy, String purpose) {
        RawMessage raw = em.find(RawMessage.class, id.value());
        if (raw == null) {
            return Optional.empty();
        }
        Optional<String> html = analysis.spamHtml(raw.content());
        if (html.isEmpty()) {
            return Optional.empty();
        }
        accessLog.read(id, readBy, "HTML", purpose, clock.instant());
        return Optional.of(SafeHtml.of(html.get()));
    }

    @Override
    public Optional<Original> original(ComplaintId id, String readBy, String purpose) {
        RawMessage raw = em.find(RawMessage.class, id.value());
        Complaint complaint = em.find(Complaint.class, id.value());
        if (raw == null || complaint == null) {
            return Optional.empty();
        }
        accessLog.read(id, readBy, "ORIGINAL", purpose, clock.instant());
        return Optional.of(new Original(complaint.receiptNumber(), raw.content(), raw.sha256()));
    }

    @Override
    public Optional<String> contactAddress(ComplaintId id, String readBy) {
        ComplaintContact contact = em.find(ComplaintContact.class, id.value());
        if (contact == null) {
            return Optional.empty();
        }
        accessLog.read(id, readBy, "CONTACT", clock.instant());
        return Optional.of(contact.email());
    }

    /** The stored analysis as the api's record; null when an older analyser wrote what no longer reads. */
    static AnalysisResult analysis(ComplaintId id, StoredAnalysis stored) {
        try {
            return JSON.fromJson(stored.resultJson(), AnalysisResult.class);
        } catch (RuntimeException e) {
            // an analysis written by an older analyser that no longer reads: the page shows none, re-analysis fixes it
            LOG.log(Level.WARNING, "the stored analysis of complaint " + id.value() + " could not be read", e);
            return null;
        }
    }
}
