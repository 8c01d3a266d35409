package jp.spamcenter.web.pages.manager;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.spamcenter.reporting.api.Statistics;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.Statistics.Filter;
import jp.spamcenter.web.pages.shared.FigureLabels;
import jp.spamcenter.web.pages.shared.Texts;

/** The dashboard's filter menu: all reports, or one channel, category or origin country that has reports. */
public final class StatisticsFilters {

    /** Countries offered: those with the most reports in the period. */
    private static final int COUNTRIES = 30;

    private StatisticsFilters() {}

    /** The filter a menu key names; a key that names none (an old bookmark, a crafted request) is all reports. */
    static Filter parse(String key) {
        try {
            return Filter.parse(key);
        } catch (IllegalArgumentException e) {
            return Filter.NONE;
        }
    }

    static List<SelectItem> options(Statistics statistics, FigureLabels labels, LocalDate from, LocalDate to) {
        var options = new ArrayList<SelectItem>();
        options.add(new SelectItem("", Texts.text("dashboard.filter.none")));
        for (Dimension dimension : List.of(Dimension.CHANNEL, Dimension.CATEGORY, Dimension.COUNTRY)) {
            var values = statistics.breakdown(dimension, from, to, dimension == Dimension.COUNTRY ? COUNTRIES : 20);
            if (values.isEmpty()) {
                continue;
            }
            var group = new SelectItemGroup(Texts.text("dimension." + dimension));
            group.setSelectItems(values.stream()
                    .map(c ->
                            new SelectItem(new Filter(dimension, c.value()).key(), labels.label(dimension, c.value())))
                    .toArray(SelectItem[]::new));
            options.add(group);
        }
        return options;
    }
}
