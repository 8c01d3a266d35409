package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.infrastructure.OutboxRelay;
import jp.spamcenter.complaint.internal.infrastructure.OutboxStore;

/**
 * Publishes {@link ComplaintReceived} through the outbox, in the caller's transaction: when a person's report is
 * filed, and when a machine-passed report's first analysis completes it (or it is quarantined without one).
 */
@ApplicationScoped
public class ReceivedEvents {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    Event<OutboxRelay.Appended> appended;

    /**
     * @param result the report's analysis; null when it has none
     * @param answerable whether a citizen can be answered (a person's report, or a forward with an address)
     */
    void publish(Complaint complaint, AnalysisResult result, boolean answerable, Instant now) {
        new OutboxStore(em)
                .append(
                        new ComplaintReceived(
                                complaint.id().value(),
                                complaint.receiptNumber().value(),
                                complaint.subject(),
                                complaint.prefectureCode(),
                                complaint.receivedAt(),
                                result == null || result.category() == null
                                        ? null
                                        : result.category().code(),
                                result == null ? null : result.campaignKey(),
                                answerable),
                        now);
        appended.fire(new OutboxRelay.Appended());
    }
}
