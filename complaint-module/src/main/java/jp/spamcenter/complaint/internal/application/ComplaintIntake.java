package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.complaint.api.MessageAnalysis;
import jp.spamcenter.complaint.api.NewComplaint;
import jp.spamcenter.complaint.api.Receipt;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.ComplaintContact;
import jp.spamcenter.complaint.internal.domain.ReceiptSecret;
import jp.spamcenter.complaint.internal.domain.ReportedMessage;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;
import jp.spamcenter.complaint.internal.infrastructure.OutboxRelay;
import jp.spamcenter.complaint.internal.infrastructure.OutboxStore;

/** Files a citizen's complaint: the report, its contact apart, its analysis and its event, in one transaction. */
@ApplicationScoped
@Transactional
public class ComplaintIntake implements ComplaintService {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    Event<OutboxRelay.Appended> appended;

    @Inject
    MessageAnalysis analysis;

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public Receipt file(NewComplaint input) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Complaint complaint = Complaint.from(input, unusedReceiptNumber(), now);
        String secret = ReceiptSecret.generate();
        complaint.protectWith(secret);
        em.persist(complaint);
        em.flush();
        input.contactEmail().ifPresent(email -> em.persist(new ComplaintContact(complaint.id(), email)));
        // the analysis never throws and takes milliseconds; it is kept with the report
        AnalysisResult result = analysis.analyse(ReportedMessage.of(complaint.subject(), complaint.messageText()));
        em.persist(StoredAnalysis.of(complaint.id(), result, JSON.toJson(result), now));
        new OutboxStore(em)
                .append(
                        new ComplaintReceived(
                                complaint.id().value(),
                                complaint.receiptNumber().value(),
                                complaint.subject(),
                                complaint.prefectureCode(),
                                complaint.receivedAt(),
                                result.category() == null
                                        ? null
                                        : result.category().code()),
                        now);
        appended.fire(new OutboxRelay.Appended());
        return new Receipt(complaint.id(), complaint.receiptNumber(), secret, complaint.receivedAt());
    }

    /** 55 random bits make a clash all but impossible; checking costs one index look-up. */
    private ReceiptNumber unusedReceiptNumber() {
        while (true) {
            ReceiptNumber candidate = ReceiptNumber.random();
            long taken = em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.receiptNumber = :n", Long.class)
                    .setParameter("n", candidate.value())
                    .getSingleResult();
            if (taken == 0) {
                return candidate;
            }
        }
    }
}
