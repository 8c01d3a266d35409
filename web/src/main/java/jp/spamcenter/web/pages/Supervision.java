package jp.spamcenter.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.spamcenter.advice.api.CaseDesk;
import jp.spamcenter.advice.api.CaseDesk.AdvisorLoad;
import jp.spamcenter.advice.api.CaseQuery;
import jp.spamcenter.advice.api.CaseQueue;
import jp.spamcenter.advice.api.CaseQueueKind;
import jp.spamcenter.advice.api.CaseSummary;
import jp.spamcenter.web.staff.StaffAccounts;
import jp.spamcenter.web.staff.StaffMember;
import jp.spamcenter.web.staff.StaffRole;

/** The supervisor's view: open and overdue cases per advisor, the overdue cases, and reassigning them. */
@Named
@ViewScoped
public class Supervision implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int OVERDUE_SHOWN = 200;

    @Inject
    CaseDesk desk;

    @Inject
    CaseQueue queue;

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffSession session;

    private List<AdvisorLoad> load;
    private List<CaseSummary> overdue;
    private long overdueTotal;
    private List<CaseSummary> selected = new ArrayList<>();
    private String assignTo;

    @PostConstruct
    void refresh() {
        load = desk.load();
        var query = CaseQuery.queue(CaseQueueKind.OVERDUE, null, null, 0, OVERDUE_SHOWN);
        overdue = queue.list(query);
        overdueTotal = queue.count(query);
    }

    public void reassign() {
        if (selected.isEmpty()) {
            Texts.error(null, "cases.noneSelected");
            return;
        }
        String to = assignTo == null || assignTo.isBlank() ? null : assignTo;
        desk.assign(selected.stream().map(CaseSummary::caseId).toList(), to, session.getUsername());
        Texts.info(to == null ? "cases.unassigned" : "cases.assigned", selected.size(), to);
        selected = new ArrayList<>();
        refresh();
    }

    public List<StaffMember> getAdvisors() {
        return accounts.withRole(StaffRole.ADVISOR);
    }

    public ZonedDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(CenterClock.ZONE);
    }

    public List<AdvisorLoad> getLoad() {
        return load;
    }

    public List<CaseSummary> getOverdue() {
        return overdue;
    }

    public long getOverdueTotal() {
        return overdueTotal;
    }

    public List<CaseSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<CaseSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public String getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(String assignTo) {
        this.assignTo = assignTo;
    }
}
