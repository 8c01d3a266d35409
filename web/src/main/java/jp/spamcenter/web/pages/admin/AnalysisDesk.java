package jp.spamcenter.web.pages.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.spamcenter.complaint.api.AnalysisQueue;
import jp.spamcenter.complaint.api.AnalysisQueue.QuarantinedReport;
import jp.spamcenter.complaint.api.AnalysisQueue.QueueState;
import jp.spamcenter.complaint.api.AnalysisQueue.Reanalysis;
import jp.spamcenter.web.pages.shared.Texts;
import jp.spamcenter.web.pages.staff.StaffSession;

/**
 * The analysis queue as staff see it: advisors the quarantined reports (and send them back after a fix),
 * administrators the queue and the re-analysis of all reports after an analyser upgrade, with its progress.
 */
@Named
@ViewScoped
public class AnalysisDesk implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    @Inject
    jp.spamcenter.web.staff.AdminLog adminLog;

    @Inject
    AnalysisQueue queue;

    @Inject
    StaffSession session;

    private QueueState state;
    private Reanalysis reanalysis;
    private List<QuarantinedReport> quarantined = List.of();
    private int first;

    @PostConstruct
    void init() {
        refresh();
    }

    /** Reads the queue again (also what the page's poll calls). */
    public void refresh() {
        state = queue.state();
        reanalysis = queue.latestReanalysis().orElse(null);
        quarantined = queue.quarantined(first, PAGE);
    }

    public void retry(QuarantinedReport report) {
        if (queue.retry(report.id())) {
            Texts.info("analysisQueue.retried", report.receiptNumber().value());
        }
        refresh();
    }

    public void startReanalysis() {
        reanalysis = queue.startReanalysis(session.getUsername());
        adminLog.record(session.getUsername(), "REANALYSIS_STARTED", reanalysis.targetVersion());
        Texts.info("analysisQueue.reanalysisStarted", reanalysis.total());
        refresh();
    }

    public void next() {
        if (quarantined.size() == PAGE) {
            first += PAGE;
            refresh();
        }
    }

    public void previous() {
        first = Math.max(0, first - PAGE);
        refresh();
    }

    public boolean isHasNext() {
        return quarantined.size() == PAGE;
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public QueueState getState() {
        return state;
    }

    public Reanalysis getReanalysis() {
        return reanalysis;
    }

    public boolean isReanalysing() {
        return reanalysis != null && !reanalysis.finished();
    }

    public List<QuarantinedReport> getQuarantined() {
        return quarantined;
    }
}
