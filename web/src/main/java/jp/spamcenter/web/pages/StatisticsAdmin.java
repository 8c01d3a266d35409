package jp.spamcenter.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.spamcenter.reporting.api.StatisticsRebuild;
import jp.spamcenter.reporting.api.StatisticsRebuild.Progress;

/** The administrators' rebuild of the statistics' rollups, and its progress. */
@Named
@RequestScoped
public class StatisticsAdmin {

    @Inject
    StatisticsRebuild rebuild;

    @Inject
    StaffSession session;

    public void start() {
        Progress progress = rebuild.start(session.getUsername());
        Texts.info(progress.done() == 0 ? "rebuild.started" : "rebuild.running");
    }

    public Progress getProgress() {
        return rebuild.latest().orElse(null);
    }
}
