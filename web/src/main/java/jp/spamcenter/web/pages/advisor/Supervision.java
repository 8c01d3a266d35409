package jp.spamcenter.web.pages.advisor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.spamcenter.advice.api.CaseDesk;
import jp.spamcenter.advice.api.CaseDesk.AdvisorLoad;
import jp.spamcenter.advice.api.CaseQuery;
import jp.spamcenter.advice.api.CaseQueue;
import jp.spamcenter.advice.api.CaseQueueKind;
import jp.spamcenter.advice.api.CaseSummary;
import jp.spamcenter.advice.api.Referrals;
import jp.spamcenter.advice.api.Referrals.Referral;

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
    CaseAssignment assignment;

    @Inject
    Referrals referrals;

    private List<AdvisorLoad> load;
    private List<CaseSummary> overdue;
    private long overdueTotal;
    private List<CaseSummary> selected = new ArrayList<>();

    @PostConstruct
    void refresh() {
        load = desk.load();
        var query = CaseQuery.queue(CaseQueueKind.OVERDUE, null, null, 0, OVERDUE_SHOWN);
        overdue = queue.list(query);
        overdueTotal = queue.count(query);
    }

    public void reassign() {
        if (assignment.assign(selected)) {
            selected = new ArrayList<>();
            refresh();
        }
    }

    /** Referrals sent that got no answer from the partner in time. */
    public List<Referral> getUnansweredReferrals() {
        return referrals.unanswered();
    }

    public CaseAssignment getAssignment() {
        return assignment;
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
}
