package jp.spamcenter.web.pages.advisor;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import jp.spamcenter.advice.api.CaseDesk;
import jp.spamcenter.advice.api.CaseSummary;
import jp.spamcenter.web.pages.shared.Texts;
import jp.spamcenter.web.pages.staff.StaffSession;
import jp.spamcenter.web.staff.StaffAccounts;
import jp.spamcenter.web.staff.StaffMember;
import jp.spamcenter.web.staff.StaffRole;

/**
 * A supervisor's "assign to" on a page of cases (the case list, the supervision page): whom to, the advisors to
 * choose from, and the assignment of the selected cases with its message.
 */
@Dependent
public class CaseAssignment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseDesk desk;

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffSession session;

    private String assignTo;

    /** Gives the selected cases to the chosen advisor, or to nobody; false when refused (and said why). */
    public boolean assign(List<CaseSummary> selected) {
        if (!session.isSupervisor()) {
            Texts.error(null, "cases.supervisorsOnly");
            return false;
        }
        if (selected.isEmpty()) {
            Texts.error(null, "cases.noneSelected");
            return false;
        }
        String to = assignTo == null || assignTo.isBlank() ? null : assignTo;
        desk.assign(selected.stream().map(CaseSummary::caseId).toList(), to, session.getUsername());
        Texts.info(to == null ? "cases.unassigned" : "cases.assigned", selected.size(), to);
        return true;
    }

    public List<StaffMember> getAdvisors() {
        return accounts.withRole(StaffRole.ADVISOR);
    }

    public String getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(String assignTo) {
        this.assignTo = assignTo;
    }
}
