package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.internal.domain.BusinessCalendar;
import jp.spamcenter.advice.internal.domain.CaseReport;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.complaint.api.ComplaintEvent;
import jp.spamcenter.complaint.api.ComplaintEventConsumer;
import jp.spamcenter.complaint.api.ComplaintReceived;

/**
 * Opens a case for every complaint received, or, for a report nobody can be answered for, links it to the
 * open case of its campaign when there is one. Runs in the transaction that delivers the events, so the cases and
 * the deliveries commit together; a complaint that already has a case is left alone (redelivery).
 */
@ApplicationScoped
public class CaseOpening implements ComplaintEventConsumer {

    /** The name the complaint module's outbox keeps this consumer's deliveries under. */
    public static final String CONSUMER = "advice.cases";

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    /** Tells the statistics about each case opened. */
    @Inject
    Event<CaseFigures> caseFigures;

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> consumes() {
        return Set.of(ComplaintReceived.class);
    }

    @Override
    public void consume(List<ComplaintEvent> events) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // campaigns' cases are locked in one order by every batch, so that two batches wait rather than deadlock
        var inLockOrder = events.stream()
                .map(ComplaintReceived.class::cast)
                .sorted(Comparator.comparing(
                                ComplaintReceived::campaignKey, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(ComplaintReceived::complaintId))
                .toList();
        for (ComplaintReceived complaint : inLockOrder) {
            if (open(em, complaint, at)) {
                var link = em.find(CaseReport.class, complaint.complaintId());
                CaseWork.publish(caseFigures, em.find(ConsultationCase.class, link.caseId()), BusinessCalendar.CENTER);
            }
        }
    }

    static boolean open(EntityManager em, ComplaintReceived complaint, Instant at) {
        boolean exists = em.find(CaseReport.class, complaint.complaintId()) != null;
        if (exists) {
            return false;
        }
        if (!complaint.answerable() && complaint.campaignKey() != null) {
            var campaignCase = em.createQuery(
                            "SELECT c FROM ConsultationCase c WHERE c.campaignKey = :campaign AND c.dueAt IS NOT NULL"
                                    + " ORDER BY c.id",
                            ConsultationCase.class)
                    .setParameter("campaign", complaint.campaignKey())
                    .setMaxResults(1)
                    .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            if (!campaignCase.isEmpty()) {
                var joined = campaignCase.get(0);
                em.persist(new CaseReport(complaint.complaintId(), joined.id(), complaint.receiptNumber(), at));
                em.persist(joined.linked(complaint, at));
                return true;
            }
        }
        var opened = ConsultationCase.openFor(complaint, at, BusinessCalendar.CENTER);
        em.persist(opened);
        em.flush(); // the id, for the history and the report link
        em.persist(opened.openingEntry());
        em.persist(new CaseReport(complaint.complaintId(), opened.id(), complaint.receiptNumber(), at));
        return true;
    }
}
