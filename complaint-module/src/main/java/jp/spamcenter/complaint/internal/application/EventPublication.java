package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.ComplaintAnalysed;
import jp.spamcenter.complaint.api.ComplaintEvent;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.infrastructure.OutboxDelivery;
import jp.spamcenter.complaint.internal.infrastructure.OutboxRelay;
import jp.spamcenter.complaint.internal.infrastructure.OutboxStore;

/**
 * Publishes the module's events through the outbox, in the caller's transaction: {@link ComplaintReceived} when a
 * report's first analysis completes it (or it is quarantined without one), {@link ComplaintAnalysed} after every
 * analysis. Each consumer gets a delivery of its own, after commit.
 */
@ApplicationScoped
public class EventPublication {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    OutboxDelivery delivery;

    @Inject
    Event<OutboxRelay.Appended> appended;

    /** Writes the events (in this order) to the outbox; they are delivered once the transaction commits. */
    void publish(List<? extends ComplaintEvent> events, Instant now) {
        if (events.isEmpty()) {
            return;
        }
        OutboxStore.appendInTransaction(em, events, now, delivery.registered());
        appended.fire(new OutboxRelay.Appended());
    }

    /**
     * The report as the other modules learn of it.
     *
     * @param result the report's analysis; null when it has none
     * @param answerable whether a citizen can be answered (a person's report, or a forward with an address)
     */
    static ComplaintReceived received(Complaint complaint, AnalysisResult result, boolean answerable) {
        return new ComplaintReceived(
                complaint.id().value(),
                complaint.receiptNumber().value(),
                complaint.subject(),
                complaint.prefectureCode(),
                complaint.receivedAt(),
                result == null || result.category() == null
                        ? null
                        : result.category().code(),
                result == null ? null : result.campaignKey(),
                answerable,
                complaint.channel(),
                complaint.intake(),
                complaint.floodKey(),
                complaint.smsSenderKind());
    }

    /** What an analysis (first or again) found, as the statistics count it. */
    static ComplaintAnalysed analysed(Complaint complaint, AnalysisResult result) {
        return new ComplaintAnalysed(
                complaint.id().value(),
                complaint.receivedAt(),
                result.category() == null ? null : result.category().code(),
                result.origin() == null ? null : result.origin().country(),
                result.campaignKey(),
                result.displayDuties() == null
                        ? List.of()
                        : result.displayDuties().stream()
                                .filter(d -> !d.met())
                                .map(AnalysisResult.DisplayDutyFinding::duty)
                                .toList(),
                result.analyserVersion(),
                jp.spamcenter.complaint.internal.domain.StoredAnalysis.impersonated(result));
    }
}
