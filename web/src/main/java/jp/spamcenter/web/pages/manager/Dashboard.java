package jp.spamcenter.web.pages.manager;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.spamcenter.advice.api.CaseQueue;
import jp.spamcenter.advice.api.Referrals.OutcomeCount;
import jp.spamcenter.complaint.api.Campaigns;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.reporting.api.Statistics;
import jp.spamcenter.reporting.api.Statistics.Count;
import jp.spamcenter.reporting.api.Statistics.DestinationCount;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.Statistics.Filter;
import jp.spamcenter.reporting.api.Statistics.ReportRef;
import jp.spamcenter.reporting.api.Statistics.ServiceFigures;
import jp.spamcenter.web.pages.shared.ChartJs;
import jp.spamcenter.web.pages.shared.ChartJs.Series;
import jp.spamcenter.web.pages.shared.FigureLabels;
import jp.spamcenter.web.pages.shared.Texts;
import org.primefaces.event.ItemSelectEvent;

/**
 * The managers' dashboard: the month-by-month trend by category, top origin countries, the category and channel
 * mix, campaigns rising this week, how the service targets went and where referrals ended, for a period; a
 * click on a country's bar (or a row of a table) lists the reports behind it. Everything is read from the
 * rollups, never from the reports themselves.
 */
@Named
@ViewScoped
public class Dashboard implements Serializable {

    /** The center's clock. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    private static final int TOP = 10;
    private static final int DRILL_ROWS = 50;

    @Inject
    Statistics statistics;

    @Inject
    CaseQueue cases;

    @Inject
    FigureLabels labels;

    @Inject
    Campaigns campaigns;

    @Inject
    jp.spamcenter.complaint.api.PhishingUrls phishing;

    private jp.spamcenter.complaint.api.PhishingUrls.Counts phishingCounts;
    private List<Count> brands = List.of();

    private LocalDate from;
    private LocalDate to;
    private Dimension table = Dimension.COUNTRY;
    /** The filter as the menu holds it: "" for all reports, else "CHANNEL:SMS" and the like. */
    private String filterKey = "";

    private List<SelectItem> filterOptions = List.of();

    private String trendChart;
    private String countryChart;
    private String categoryChart;
    private String channelChart;
    private List<Count> countries = List.of();
    private List<Count> tableRows = List.of();
    private List<Statistics.Rising> rising = List.of();
    private Map<String, Campaigns.Campaign> risingProfiles = Map.of();
    private String serviceChart;
    private ServiceFigures service;
    private List<OutcomeCount> outcomes = List.of();
    private List<DestinationCount> destinations = List.of();
    private long total;

    private Dimension drillDimension;
    private String drillValue;
    private List<ReportRef> drillRows = List.of();
    private Map<ReceiptNumber, Long> drillCases = Map.of();

    @PostConstruct
    void init() {
        to = LocalDate.now(clock);
        from = YearMonth.from(to).minusMonths(11).atDay(1);
        load();
    }

    public void load() {
        if (from == null || to == null || from.isAfter(to)) {
            Texts.error("dashboard:from", "statistics.period.invalid");
            return;
        }
        Filter filter = getFilter();
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        // the trend: reports per month, stacked by the largest categories
        var months = new ArrayList<String>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        Map<String, Long[]> byCategory = new LinkedHashMap<>();
        for (var row : statistics.monthlyBreakdown(filter, Dimension.CATEGORY, first, last, 6)) {
            Long[] values = byCategory.computeIfAbsent(row.value(), v -> zeros(months.size()));
            values[months.indexOf(row.month().toString())] = row.complaints();
        }
        var series = new ArrayList<Series>();
        byCategory.forEach((category, values) -> series.add(new Series(
                "*".equals(category) ? Texts.text("figure.others") : labels.label(Dimension.CATEGORY, category),
                List.of(values))));
        trendChart = ChartJs.bar(months, series, true, false);

        countries = statistics.breakdown(filter, Dimension.COUNTRY, from, to, TOP);
        countryChart = ChartJs.bar(
                countries.stream()
                        .map(c -> labels.label(Dimension.COUNTRY, c.value()))
                        .toList(),
                List.of(new Series(
                        Texts.text("statistics.complaints"),
                        countries.stream().map(Count::complaints).toList())),
                false,
                true);
        var categories = statistics.breakdown(filter, Dimension.CATEGORY, from, to, TOP);
        categoryChart = ChartJs.doughnut(
                categories.stream()
                        .map(c -> labels.label(Dimension.CATEGORY, c.value()))
                        .toList(),
                categories.stream().map(Count::complaints).toList());
        var channels = statistics.breakdown(filter, Dimension.CHANNEL, from, to, TOP);
        channelChart = ChartJs.doughnut(
                channels.stream()
                        .map(c -> labels.label(Dimension.CHANNEL, c.value()))
                        .toList(),
                channels.stream().map(Count::complaints).toList());
        total = statistics.breakdown(filter, Dimension.TOTAL, from, to, 1).stream()
                .mapToLong(Count::complaints)
                .sum();
        rising = statistics.risingCampaigns(filter, to, TOP);
        risingProfiles = campaigns.describe(
                rising.stream().map(Statistics.Rising::campaignKey).toList());
        service = statistics.service(from, to);
        var monthlyService = statistics.monthlyService(first, last);
        serviceChart = ChartJs.percentLines(
                months,
                List.of(
                        new Series(
                                Texts.text("dashboard.sla.answered"),
                                monthlyService.stream()
                                        .map(m -> percentOrNull(m.figures().answeredInTimePercent()))
                                        .toList()),
                        new Series(
                                Texts.text("dashboard.sla.closed"),
                                monthlyService.stream()
                                        .map(m -> percentOrNull(m.figures().closedInTimePercent()))
                                        .toList())));
        brands = statistics.breakdown(filter, Dimension.BRAND, from, to, TOP);
        // the distinct links are the complaint module's, counted over the reports the filter keeps
        phishingCounts = phishing.counts(
                from.atStartOfDay(jp.spamcenter.complaint.api.CenterTime.ZONE).toInstant(),
                to.plusDays(1)
                        .atStartOfDay(jp.spamcenter.complaint.api.CenterTime.ZONE)
                        .toInstant(),
                phishingScope(filter));
        outcomes = statistics.referralOutcomes(from, to);
        destinations = statistics.referralDestinations(from, to, TOP);
        filterOptions = StatisticsFilters.options(statistics, labels, from, to);
        showTable();
        drillRows = List.of();
        drillDimension = null;
    }

    public void showTable() {
        tableRows = statistics.breakdown(getFilter(), table, from, to, 100);
    }

    /** A click on a country's bar: the reports behind it. */
    public void countrySelected(ItemSelectEvent event) {
        if (event.getItemIndex() >= 0 && event.getItemIndex() < countries.size()) {
            drill(Dimension.COUNTRY, countries.get(event.getItemIndex()).value());
        }
    }

    public void drill(Dimension dimension, String value) {
        drillDimension = dimension;
        drillValue = value;
        drillRows = statistics.reports(getFilter(), dimension, value, from, to, 0, DRILL_ROWS);
        drillCases = cases.caseIds(drillRows.stream()
                .map(ReportRef::receiptNumber)
                .filter(java.util.Objects::nonNull)
                .flatMap(r -> ReceiptNumber.parse(r).stream())
                .toList());
    }

    /** The case that answers a report, for the drill-down's links; null until the case is open. */
    public Long caseOf(ReportRef report) {
        return report.receiptNumber() == null
                ? null
                : ReceiptNumber.parse(report.receiptNumber())
                        .map(drillCases::get)
                        .orElse(null);
    }

    public Dimension[] getDimensions() {
        return Dimension.values();
    }

    private static Long percentOrNull(int percent) {
        return percent < 0 ? null : (long) percent;
    }

    private static Long[] zeros(int n) {
        Long[] values = new Long[n];
        java.util.Arrays.fill(values, 0L);
        return values;
    }

    /** The period and filter of the figures shown, for the download links. */
    public String getExportQuery() {
        Filter filter = getFilter();
        return "from=" + from + "&to=" + to + (filter.none() ? "" : "&filter=" + filter.key());
    }

    public String getFilterKey() {
        return filterKey;
    }

    public void setFilterKey(String filterKey) {
        this.filterKey = filterKey == null ? "" : filterKey;
    }

    /** The filter the figures are shown with (a key that names none is all reports). */
    public Filter getFilter() {
        return StatisticsFilters.parse(filterKey);
    }

    public List<SelectItem> getFilterOptions() {
        return filterOptions;
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

    public Dimension getTable() {
        return table;
    }

    public void setTable(Dimension table) {
        this.table = table;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public String getCountryChart() {
        return countryChart;
    }

    public String getCategoryChart() {
        return categoryChart;
    }

    public String getChannelChart() {
        return channelChart;
    }

    public List<Count> getCountries() {
        return countries;
    }

    public List<Count> getTableRows() {
        return tableRows;
    }

    public List<Statistics.Rising> getRising() {
        return rising;
    }

    /**
     * A rising campaign as a reader knows it: its commonest subject, sender domain and first and last report.
     * A campaign always has reports, so it is described; an empty profile stands in while its reports are purged.
     */
    public Campaigns.Campaign campaign(String key) {
        return risingProfiles.getOrDefault(key, new Campaigns.Campaign(key, null, null, null, null, 0));
    }

    public ServiceFigures getService() {
        return service;
    }

    public String getServiceChart() {
        return serviceChart;
    }

    public List<DestinationCount> getDestinations() {
        return destinations;
    }

    public List<OutcomeCount> getOutcomes() {
        return outcomes;
    }

    /** The statistics' filter as the complaint module scopes its phishing links. */
    static jp.spamcenter.complaint.api.PhishingUrls.Scope phishingScope(Statistics.Filter filter) {
        if (filter.none()) {
            return jp.spamcenter.complaint.api.PhishingUrls.Scope.ALL;
        }
        return switch (filter.dimension()) {
            case CHANNEL ->
                new jp.spamcenter.complaint.api.PhishingUrls.Scope(
                        jp.spamcenter.complaint.api.Channel.valueOf(filter.value()), null, null);
            case CATEGORY -> new jp.spamcenter.complaint.api.PhishingUrls.Scope(null, filter.value(), null);
            case COUNTRY -> new jp.spamcenter.complaint.api.PhishingUrls.Scope(null, null, filter.value());
            default -> throw new IllegalArgumentException("no phishing scope for " + filter.key());
        };
    }

    /** The period's phishing reports and distinct links and hosts, of the reports the filter keeps. */
    public jp.spamcenter.complaint.api.PhishingUrls.Counts getPhishingCounts() {
        return phishingCounts;
    }

    /** The brands the period's reports impersonated, the most first. */
    public List<Count> getBrands() {
        return brands;
    }

    public long getTotal() {
        return total;
    }

    public Dimension getDrillDimension() {
        return drillDimension;
    }

    public String getDrillValue() {
        return drillValue;
    }

    public List<ReportRef> getDrillRows() {
        return drillRows;
    }
}
