package jp.spamcenter.web.pages.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.Statistics.Filter;
import jp.spamcenter.reporting.api.StatisticsCheck;
import jp.spamcenter.reporting.api.StatisticsRebuild;
import jp.spamcenter.reporting.api.StatisticsRebuild.Progress;
import jp.spamcenter.web.pages.shared.FigureLabels;
import jp.spamcenter.web.pages.shared.Language;
import jp.spamcenter.web.pages.shared.Texts;
import jp.spamcenter.web.pages.staff.StaffSession;

/**
 * The administrators' care of the statistics: the check that compares every rollup with a recount of the stored
 * reports, and the rebuild of the rollups from scratch, each with where it stands.
 */
@Named
@RequestScoped
public class StatisticsAdmin {

    @Inject
    jp.spamcenter.web.staff.AdminLog adminLog;

    @Inject
    StatisticsRebuild rebuild;

    @Inject
    StatisticsCheck check;

    @Inject
    StaffSession session;

    @Inject
    FigureLabels labels;

    @Inject
    Language language;

    private StatisticsCheck.Result latestCheck;

    public void start() {
        Progress progress = rebuild.start(session.getUsername());
        adminLog.record(session.getUsername(), "STATISTICS_REBUILD", null);
        Texts.info(progress.done() == 0 ? "rebuild.started" : "rebuild.running");
    }

    public Progress getProgress() {
        return rebuild.latest().orElse(null);
    }

    /** Asks for a check; it starts within seconds on one instance. */
    public void check() {
        latestCheck = check.request(session.getUsername());
        adminLog.record(session.getUsername(), "STATISTICS_CHECK", null);
        Texts.info("statisticsCheck.requestedInfo");
    }

    /** The latest check, waiting, running or finished; null when none was ever made. */
    public StatisticsCheck.Result getCheck() {
        if (latestCheck == null || !latestCheck.finished()) {
            latestCheck = check.latest().orElse(null);
        }
        return latestCheck;
    }

    /** Which reports a difference's figure counts: all of them, or one channel's, category's or country's. */
    public String slice(String key) {
        Filter filter = Filter.parse(key);
        if (filter.dimension() == null) {
            return FigureLabels.text(language.getLocale(), "statisticsCheck.allReports");
        }
        return dimension(filter.dimension()) + ": " + labels.label(filter.dimension(), filter.value());
    }

    public String dimension(Dimension dimension) {
        return FigureLabels.text(language.getLocale(), "dimension." + dimension.name());
    }

    public String value(Dimension dimension, String value) {
        return dimension == Dimension.TOTAL ? "—" : labels.label(dimension, value);
    }
}
