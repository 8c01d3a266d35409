package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.spamcenter.advice.api.CaseQuery;
import jp.spamcenter.advice.api.CaseQueue;
import jp.spamcenter.advice.api.CaseSort;
import jp.spamcenter.advice.api.CaseSummary;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.complaint.api.ComplaintId;

/** Pages through cases in the database: one indexed query per page, whatever the number of cases. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseListing implements CaseQueue {

    private static final Map<CaseSort, String> ORDER_COLUMN = Map.of(
            CaseSort.OPENED_AT, "c.openedAt",
            CaseSort.RECEIPT_NUMBER, "c.receiptNumber",
            CaseSort.PREFECTURE, "c.prefectureCode",
            CaseSort.STATUS, "c.status",
            CaseSort.CATEGORY, "c.category");

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    @Override
    public List<CaseSummary> list(CaseQuery query) {
        return list(em, query);
    }

    @Override
    public long count() {
        return count(em);
    }

    @Override
    public Optional<CaseSummary> caseOf(ComplaintId complaint) {
        return em
                .createQuery("SELECT c FROM ConsultationCase c WHERE c.complaintId = :id", ConsultationCase.class)
                .setParameter("id", complaint.value())
                .getResultList()
                .stream()
                .findFirst()
                .map(ConsultationCase::summary);
    }

    static List<CaseSummary> list(EntityManager em, CaseQuery query) {
        String direction = query.ascending() ? " ASC" : " DESC";
        // the id breaks ties so that paging is stable
        String jpql = "SELECT c FROM ConsultationCase c ORDER BY " + ORDER_COLUMN.get(query.sort()) + direction
                + ", c.id" + direction;
        return em
                .createQuery(jpql, ConsultationCase.class)
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
}
