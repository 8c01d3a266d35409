package jp.spamcenter.web.pages.manager;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.spamcenter.reporting.api.Statistics;
import jp.spamcenter.reporting.api.Statistics.Count;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.web.pages.shared.Texts;

/** The manager's complaint counts by prefecture for a period (this month unless chosen). */
@Named
@ViewScoped
public class PrefectureStatistics implements Serializable {

    /** The center's clock. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    /** Every prefecture and the unknown one. */
    private static final int PREFECTURES = 48;

    @Inject
    Statistics statistics;

    private LocalDate from;
    private LocalDate to;
    private List<Count> counts = List.of();

    @PostConstruct
    void init() {
        to = LocalDate.now(clock);
        from = to.withDayOfMonth(1);
        load();
    }

    public void load() {
        if (from == null || to == null || from.isAfter(to)) {
            Texts.error("period:from", "statistics.period.invalid");
            counts = List.of();
            return;
        }
        counts = statistics.breakdown(Dimension.PREFECTURE, from, to, PREFECTURES);
    }

    public List<Count> getCounts() {
        return counts;
    }

    public long getTotal() {
        return counts.stream().mapToLong(Count::complaints).sum();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
