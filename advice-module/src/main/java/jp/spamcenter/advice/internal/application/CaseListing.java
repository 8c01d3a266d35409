package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.spamcenter.advice.api.CaseQuery;
import jp.spamcenter.advice.api.CaseQueue;
import jp.spamcenter.advice.api.CaseSort;
import jp.spamcenter.advice.api.CaseSummary;
import jp.spamcenter.advice.internal.domain.CaseReport;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.complaint.api.ComplaintId;

/**
 * Pages through cases in the database: one indexed query per page and one count per queue, whatever the number
 * of cases.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseListing implements CaseQueue {

    private static final Map<CaseSort, String> ORDER_COLUMN = Map.of(
            CaseSort.OPENED_AT, "c.openedAt",
            CaseSort.DUE_AT, "c.dueAt",
            CaseSort.RECEIPT_NUMBER, "c.receiptNumber",
            CaseSort.PREFECTURE, "c.prefectureCode",
            CaseSort.STATUS, "c.status",
            CaseSort.CATEGORY, "c.category");

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    @Override
    public List<CaseSummary> list(CaseQuery query) {
        return list(em, query, Instant.now());
    }

    @Override
    public long count() {
        return count(em);
    }

    @Override
    public long count(CaseQuery query) {
        return count(em, query, Instant.now());
    }

    @Override
    public Optional<CaseSummary> caseOf(ComplaintId complaint) {
        return answering(em, complaint.value()).map(ConsultationCase::summary);
    }

    /** The case that answers a complaint: its own, or the one it was merged into. */
    static Optional<ConsultationCase> answering(EntityManager em, long complaintId) {
        CaseReport link = em.find(CaseReport.class, complaintId);
        if (link == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT c FROM ConsultationCase c, CaseReport r WHERE r.complaintId = :id AND c.id = r.caseId",
                        ConsultationCase.class)
                .setParameter("id", complaintId)
                .getResultStream()
                .findFirst();
    }

    static List<CaseSummary> list(EntityManager em, CaseQuery query, Instant now) {
        String direction = query.ascending() ? " ASC" : " DESC";
        // the id breaks ties so that paging is stable
        String jpql = "SELECT c FROM ConsultationCase c" + where(query) + " ORDER BY " + ORDER_COLUMN.get(query.sort())
                + direction + ", c.id" + direction;
        return bind(em.createQuery(jpql, ConsultationCase.class), query, now)
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultList()
                .stream()
                .map(ConsultationCase::summary)
                .toList();
    }

    static long count(EntityManager em) {
        return em.createQuery("SELECT COUNT(c) FROM ConsultationCase c", Long.class)
                .getSingleResult();
    }

    static long count(EntityManager em, CaseQuery query, Instant now) {
        return bind(em.createQuery("SELECT COUNT(c) FROM ConsultationCase c" + where(query), Long.class), query, now)
                .getSingleResult();
    }

    /** Each queue's condition is an index's leading columns: assignee and due_at, or due_at. */
    private static String where(CaseQuery query) {
        String condition = switch (query.queue()) {
            case ALL -> "";
            case MINE -> "c.assignee = :advisor AND c.dueAt IS NOT NULL";
            case UNASSIGNED -> "c.assignee IS NULL AND c.dueAt IS NOT NULL";
            case OVERDUE -> "c.dueAt < :now";
        };
        if (query.category() != null) {
            condition = (condition.isEmpty() ? "" : condition + " AND ") + "c.category = :category";
        }
        return condition.isEmpty() ? "" : " WHERE " + condition;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, CaseQuery query, Instant now) {
        switch (query.queue()) {
            case MINE -> q.setParameter("advisor", query.advisor());
            case OVERDUE -> q.setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            default -> {}
        }
        if (query.category() != null) {
            q.setParameter("category", query.category());
        }
        return q;
    }
}
