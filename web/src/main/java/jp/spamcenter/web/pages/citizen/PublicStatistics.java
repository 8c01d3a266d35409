package jp.spamcenter.web.pages.citizen;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.spamcenter.reporting.api.Statistics;
import jp.spamcenter.reporting.api.Statistics.Count;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.web.pages.shared.FigureLabels;
import jp.spamcenter.web.pages.shared.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public figures of a month ({@code ?month=2026-10}; the last complete month by default): reports in all,
 * by category, origin country and channel, and the twelve months before. Aggregates only; a figure under
 * {@code statistics.public-minimum} (10 by default) is shown as "fewer than", so that no small count points at
 * anyone.
 */
@Named
@RequestScoped
public class PublicStatistics {

    /** The center's clock. */
    @Inject
    Clock clock;

    @Inject
    Statistics statistics;

    @Inject
    FigureLabels labels;

    @Inject
    @ConfigProperty(name = "statistics.public-minimum", defaultValue = "10")
    int minimum;

    private String month;
    private YearMonth period;

    /** One published figure: its label and the count, or the "fewer than" text when it is suppressed. */
    public record Figure(String label, String count, boolean suppressed) {}

    @PostConstruct
    void init() {
        period = YearMonth.now(clock).minusMonths(1);
    }

    /** The view action: the month asked for, if it is one and not in the future. */
    public void load() {
        if (month != null && !month.isBlank()) {
            try {
                YearMonth asked = YearMonth.parse(month.strip());
                if (!asked.isAfter(YearMonth.now(clock))) {
                    period = asked;
                }
            } catch (DateTimeParseException e) {
                Texts.error(null, "public.monthInvalid");
            }
        }
    }

    public Figure getTotal() {
        long total = statistics.breakdown(Dimension.TOTAL, period.atDay(1), period.atEndOfMonth(), 1).stream()
                .mapToLong(Count::complaints)
                .sum();
        return figure("", total);
    }

    public List<Figure> getCategories() {
        return figures(Dimension.CATEGORY, 20);
    }

    public List<Figure> getCountries() {
        return figures(Dimension.COUNTRY, 10);
    }

    public List<Figure> getChannels() {
        return figures(Dimension.CHANNEL, 10);
    }

    public List<Figure> getMonths() {
        return statistics.monthly(Dimension.TOTAL, "", period.minusMonths(11), period).stream()
                .map(m -> figure(m.month().toString(), m.complaints()))
                .toList();
    }

    private List<Figure> figures(Dimension dimension, int limit) {
        return statistics.breakdown(dimension, period.atDay(1), period.atEndOfMonth(), limit).stream()
                .map(c -> figure(labels.label(dimension, c.value()), c.complaints()))
                .toList();
    }

    private Figure figure(String label, long count) {
        return count < minimum
                ? new Figure(label, Texts.text("public.fewerThan", minimum), true)
                : new Figure(label, String.format("%,d", count), false);
    }

    public String getPeriod() {
        return period.toString();
    }

    public String getPrevious() {
        return period.minusMonths(1).toString();
    }

    public String getNext() {
        YearMonth next = period.plusMonths(1);
        return next.isAfter(YearMonth.now(clock)) ? null : next.toString();
    }

    public int getMinimum() {
        return minimum;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
