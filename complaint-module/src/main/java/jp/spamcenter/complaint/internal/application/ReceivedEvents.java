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
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.infrastructure.OutboxRelay;
import jp.spamcenter.complaint.internal.infrastructure.OutboxStore;

/**
 * Publishes {@link ComplaintReceived} through the outbox, in the caller's transaction: when a person's report is
 * filed, and when a machine-passed report's first analysis completes it (or it is quarantined without one); and
 * {@link ComplaintAnalysed} after every analysis.
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
                                answerable,
                                complaint.channel() == null
                                        ? null
                                        : complaint.channel().name(),
                                complaint.intake() == null
                                        ? null
                                        : complaint.intake().name()),
                        now);
        appended.fire(new OutboxRelay.Appended());
    }

    /** Tells the statistics what an analysis (first or again) found, in the caller's transaction. */
    void analysed(Complaint complaint, AnalysisResult result, Instant now) {
        new OutboxStore(em)
                .append(
                        new ComplaintAnalysed(
                                complaint.id().value(),
                                complaint.receivedAt(),
                                result.category() == null
                                        ? null
                                        : result.category().code(),
                                result.origin() == null ? null : result.origin().country(),
                                result.campaignKey(),
                                result.displayDuties() == null
                                        ? List.of()
                                        : result.displayDuties().stream()
                                                .filter(d -> !d.met())
                                                .map(AnalysisResult.DisplayDutyFinding::duty)
                                                .toList(),
                                result.analyserVersion()),
                        now);
        appended.fire(new OutboxRelay.Appended());
    }
}
