package jp.spamcenter.advice.internal.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.spamcenter.advice.api.CaseDesk.AdvisorLoad;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.Referrals.ReferralState;
import jp.spamcenter.advice.internal.domain.AgencyDispatch;
import jp.spamcenter.advice.internal.domain.CaseEntry;
import jp.spamcenter.advice.internal.domain.CaseReferral;
import jp.spamcenter.advice.internal.domain.CaseReport;
import jp.spamcenter.advice.internal.domain.CitizenConsent;
import jp.spamcenter.advice.internal.domain.ConsultationCase;

/**
 * The cases with what belongs to them: their reports, history, referrals, consents and the agencies' dispatch
 * log. JPQL is in the entities' named queries; the locking reads that skip rows other instances hold are native.
 */
public class CaseRepository {

    private final EntityManager em;

    /** On the caller's entity manager, in its transaction. */
    public CaseRepository(EntityManager em) {
        this.em = em;
    }

    /** The first open case of each campaign, locked for this transaction (in the campaigns' order). */
    public Map<String, ConsultationCase> lockOpenCampaignCases(Set<String> campaigns) {
        var cases = new HashMap<String, ConsultationCase>();
        if (campaigns.isEmpty()) {
            return cases;
        }
        em.createNamedQuery("ConsultationCase.openOfCampaigns", ConsultationCase.class)
                .setParameter("campaigns", campaigns)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(c -> cases.putIfAbsent(c.campaignKey(), c));
        return cases;
    }

    /** The case that answers a report: its own, or the one it was merged into. */
    public Optional<ConsultationCase> answering(long complaintId) {
        if (em.find(CaseReport.class, complaintId) == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("ConsultationCase.answering", ConsultationCase.class)
                .setParameter("id", complaintId)
                .getResultStream()
                .findFirst();
    }

    /** The case of the report with this receipt number. */
    public Optional<ConsultationCase> ofReceipt(String receiptNumber) {
        return em.createNamedQuery("ConsultationCase.ofReceipt", ConsultationCase.class)
                .setParameter("receipt", receiptNumber)
                .getResultStream()
                .findFirst();
    }

    /** The case ids of the reports with these receipt numbers (those with a case). */
    public Map<String, Long> caseIdsOfReceipts(Collection<String> receiptNumbers) {
        var ids = new HashMap<String, Long>();
        em.createNamedQuery("CaseReport.casesOfReceipts", Object[].class)
                .setParameter("receipts", receiptNumbers)
                .getResultStream()
                .forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
        return ids;
    }

    /** The cases of these ids, in id order. */
    public List<ConsultationCase> byIds(Collection<Long> ids) {
        return em.createNamedQuery("ConsultationCase.byIds", ConsultationCase.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery("ConsultationCase.count", Long.class).getSingleResult();
    }

    /** Each advisor's open cases and how many of them are overdue (the unassigned under a null advisor). */
    public List<AdvisorLoad> loads(Instant now) {
        return em.createNamedQuery("ConsultationCase.loads", Object[].class)
                .setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultStream()
                .map(r -> new AdvisorLoad(
                        (String) r[0], ((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue()))
                .toList();
    }

    /** The reports of a case, in the order they joined it. */
    public List<CaseReport> reports(long caseId) {
        return em.createNamedQuery("CaseReport.ofCase", CaseReport.class)
                .setParameter("id", caseId)
                .getResultList();
    }

    public long reportCount(long caseId) {
        return em.createNamedQuery("CaseReport.countOfCase", Long.class)
                .setParameter("id", caseId)
                .getSingleResult();
    }

    /** The ids of a case's reports, in id order. */
    public List<Long> complaintIds(long caseId) {
        return em.createNamedQuery("CaseReport.complaintsOfCase", Long.class)
                .setParameter("id", caseId)
                .getResultList();
    }

    /** Moves a duplicate case's history and reports to the case it is merged into. */
    public void moveAll(long duplicateId, long keptId) {
        for (String move : List.of("CaseEntry.move", "CaseReport.move")) {
            em.createNamedQuery(move)
                    .setParameter("kept", keptId)
                    .setParameter("duplicate", duplicateId)
                    .executeUpdate();
        }
    }

    /** A case's history, oldest first. */
    public List<CaseEntry> history(long caseId) {
        return em.createNamedQuery("CaseEntry.ofCase", CaseEntry.class)
                .setParameter("id", caseId)
                .getResultList();
    }

    /** A case's history lines of one kind, oldest first. */
    public List<CaseEntry> history(long caseId, CaseEntryKind kind) {
        return em.createNamedQuery("CaseEntry.ofKind", CaseEntry.class)
                .setParameter("id", caseId)
                .setParameter("kind", kind)
                .getResultList();
    }

    /** What one citizen sees of a case: the lines shown to citizens, of the others' messages none. */
    public List<CaseEntry> conversation(long caseId, long complaintId) {
        return em.createNamedQuery("CaseEntry.conversation", CaseEntry.class)
                .setParameter("id", caseId)
                .setParameter("citizen", CaseEntryKind.CITIZEN_MESSAGE)
                .setParameter("complaint", complaintId)
                .getResultList();
    }

    /** A case's referrals, in the order they were made. */
    public List<CaseReferral> referrals(long caseId) {
        return em.createNamedQuery("CaseReferral.ofCase", CaseReferral.class)
                .setParameter("id", caseId)
                .getResultList();
    }

    /** A case's referrals in these states, in the order they were sent. */
    public List<CaseReferral> referrals(long caseId, Collection<ReferralState> states) {
        return em.createNamedQuery("CaseReferral.ofCaseInStates", CaseReferral.class)
                .setParameter("id", caseId)
                .setParameter("states", states)
                .getResultList();
    }

    /** Referrals reminded of and still unanswered, the oldest first. */
    public List<CaseReferral> unanswered(int limit) {
        return em.createNamedQuery("CaseReferral.unanswered", CaseReferral.class)
                .setParameter("sent", ReferralState.SENT)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A case's consents, in the order they were given. */
    public List<CitizenConsent> consents(long caseId) {
        return em.createNamedQuery("CitizenConsent.ofCase", CitizenConsent.class)
                .setParameter("id", caseId)
                .getResultList();
    }

    /** The latest dispatches to agencies abroad. */
    public List<AgencyDispatch> dispatches(int limit) {
        return em.createNamedQuery("AgencyDispatch.latest", AgencyDispatch.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Cases past their deadline and not escalated yet, locked; those other instances hold are skipped. */
    public List<Long> lockOverdueUnescalated(Instant now, int limit) {
        return ids(em.createNativeQuery("SELECT id FROM adv_case WHERE due_at < ? AND escalated_at IS NULL"
                        + " ORDER BY due_at LIMIT " + limit + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList());
    }

    /** Sent referrals whose reminder is due, locked; those other instances hold are skipped. */
    public List<Long> lockDueReminders(Instant now, int limit) {
        return ids(em.createNativeQuery("SELECT id FROM adv_referral WHERE state = 'SENT' AND remind_at <= ?"
                        + " AND reminded_at IS NULL ORDER BY remind_at LIMIT " + limit + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList());
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
