package jp.spamcenter.advice.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What advisors and supervisors do with cases. Every change is kept in the case's history with who made it.
 * A change that carries the version the advisor saw is refused ({@link CaseChangeRejected}, code {@code stale})
 * when someone else changed the case meanwhile.
 *
 * @throws CaseChangeRejected when a rule of the case forbids the change
 */
public interface CaseDesk {

    Optional<CaseView> find(long caseId);

    /**
     * The case as {@link #find} gives it, opened by this advisor: the citizen's unread answers become read when
     * the advisor is the case's own, or when nobody has taken it.
     */
    Optional<CaseView> open(long caseId, String advisor);

    /** The advisor takes the case (a new one is triaged by that). */
    CaseView take(long caseId, String advisor);

    /** The advisor takes several cases at once, as {@link #take} does one by one. */
    void takeAll(Collection<Long> caseIds, String advisor);

    /** A supervisor gives cases to an advisor, or to nobody with null. */
    void assign(Collection<Long> caseIds, String advisor, String actor);

    CaseView move(long caseId, CaseStatus to, String actor, long version);

    CaseView close(long caseId, CloseReason reason, String actor, long version);

    /** Closes several cases with one reason; cases closed already are left as they are. */
    int closeAll(Collection<Long> caseIds, CloseReason reason, String actor);

    CaseView prioritise(long caseId, CasePriority priority, String actor, long version);

    CaseView note(long caseId, String text, String actor);

    /** Replies to the citizen; shown on the receipt's status page. */
    CaseView reply(long caseId, String text, boolean awaitAnswer, String actor);

    /** The duplicate joins the kept case: its reports and history move there, and it closes as a duplicate. */
    CaseView merge(long duplicateId, long keptId, String actor);

    /** Open and overdue cases per advisor, for supervisors; "nobody" is the row with a null advisor. */
    List<AdvisorLoad> load();

    /** One advisor's load. */
    record AdvisorLoad(String advisor, long open, long overdue) implements java.io.Serializable {}
}
