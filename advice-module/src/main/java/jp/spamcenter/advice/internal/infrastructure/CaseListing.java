package jp.spamcenter.advice.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.spamcenter.advice.api.CaseQuery;
import jp.spamcenter.advice.api.CaseQueue;
import jp.spamcenter.advice.api.CaseSort;
import jp.spamcenter.advice.api.CaseSummary;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ReceiptNumber;

/**
 * Pages through cases in the database: one indexed query per page and one count per queue, whatever the number
 * of cases.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseListing implements CaseQueue {

    /** The center's clock. */
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    public CaseListing() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public CaseListing(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public long count() {
        return cases().count();
    }

    @Override
    public Optional<CaseSummary> caseOf(ComplaintId complaint) {
        return cases().answering(complaint.value()).map(ConsultationCase::summary);
    }

    @Override
    public Map<ReceiptNumber, Long> caseIds(Collection<ReceiptNumber> receipts) {
        if (receipts.isEmpty()) {
            return Map.of();
        }
        var ids = new HashMap<ReceiptNumber, Long>();
        cases().caseIdsOfReceipts(receipts.stream().map(ReceiptNumber::value).toList())
                .forEach((receipt, caseId) -> ids.put(new ReceiptNumber(receipt), caseId));
        return ids;
    }

    @Override
    public Optional<CaseSummary> caseOf(ReceiptNumber receipt) {
        return cases().ofReceipt(receipt.value()).map(ConsultationCase::summary);
    }

    /**
     * One page in two steps: the page's ids from the queue's index alone (a deep page skips index entries, not
     * rows), then those rows. With 100,000 cases the last page costs a few milliseconds more than the first.
     */
    @Override
    public List<CaseSummary> list(CaseQuery query) {
        Instant now = clock.instant();
        String direction = query.ascending() ? " ASC" : " DESC";
        // the id breaks ties so that paging is stable
        String sql = "SELECT id FROM adv_case" + nativeWhere(query) + " ORDER BY " + SORT_COLUMN.get(query.sort())
                + direction + ", id" + direction + " LIMIT ? OFFSET ?";
        var ids = em.createNativeQuery(sql);
        int position = 1;
        switch (query.queue()) {
            case MINE -> ids.setParameter(position++, query.advisor());
            case OVERDUE -> ids.setParameter(position++, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            default -> {}
        }
        if (query.category() != null) {
            ids.setParameter(position++, query.category());
        }
        ids.setParameter(position++, query.limit());
        ids.setParameter(position, query.offset());
        List<Long> page = ((List<?>) ids.getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseSummary> byId = new HashMap<>();
        cases().byIds(page).stream().map(ConsultationCase::summary).forEach(c -> byId.put(c.caseId(), c));
        return page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private CaseRepository cases() {
        return new CaseRepository(em);
    }

    private static final Map<CaseSort, String> SORT_COLUMN = Map.of(
            CaseSort.OPENED_AT, "opened_at",
            CaseSort.DUE_AT, "due_at",
            CaseSort.RECEIPT_NUMBER, "receipt_number",
            CaseSort.PREFECTURE, "prefecture_code",
            CaseSort.STATUS, "status",
            CaseSort.CATEGORY, "category");

    private static String nativeWhere(CaseQuery query) {
        String condition = switch (query.queue()) {
            case ALL -> "";
            case MINE -> "assignee = ? AND due_at IS NOT NULL";
            case UNASSIGNED -> "assignee IS NULL AND due_at IS NOT NULL";
            case OVERDUE -> "due_at < ?";
            case ANSWERED -> "answer_unread_since IS NOT NULL";
        };
        if (query.category() != null) {
            condition = (condition.isEmpty() ? "" : condition + " AND ") + "category = ?";
        }
        return condition.isEmpty() ? "" : " WHERE " + condition;
    }

    @Override
    public long count(CaseQuery query) {
        return bind(
                        em.createQuery("SELECT COUNT(c) FROM ConsultationCase c" + where(query), Long.class),
                        query,
                        clock.instant())
                .getSingleResult();
    }

    /** Each queue's condition is an index's leading columns: assignee and due_at, due_at, or the unread answer. */
    private static String where(CaseQuery query) {
        String condition = switch (query.queue()) {
            case ALL -> "";
            case MINE -> "c.assignee = :advisor AND c.dueAt IS NOT NULL";
            case UNASSIGNED -> "c.assignee IS NULL AND c.dueAt IS NOT NULL";
            case OVERDUE -> "c.dueAt < :now";
            case ANSWERED -> "c.answerUnreadSince IS NOT NULL";
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
