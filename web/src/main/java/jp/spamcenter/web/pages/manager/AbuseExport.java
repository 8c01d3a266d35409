package jp.spamcenter.web.pages.manager;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jp.spamcenter.advice.api.Directory;
import jp.spamcenter.advice.api.Referrals;
import jp.spamcenter.advice.api.Referrals.Dispatch;
import jp.spamcenter.complaint.api.AbuseReports;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.web.pages.shared.FigureLabels;
import jp.spamcenter.web.pages.shared.Texts;

/**
 * The managers' page for agencies abroad: a month's spam by origin country, each country's reports to download
 * as X-ARF documents (checked against the official schemas) or ARF, for the agency the directory names; and the
 * log of what was exported.
 */
@Named
@ViewScoped
public class AbuseExport implements Serializable {

    /** The center's clock. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    AbuseReports abuseReports;

    @Inject
    Directory directory;

    @Inject
    Referrals referrals;

    private String month;
    private List<Row> countries = List.of();

    /** One origin country of the month, and the agency that takes its reports, if the directory knows one. */
    public record Row(String country, String countryName, long reports, String agency, String format)
            implements Serializable {}

    @PostConstruct
    void init() {
        month = YearMonth.now(clock).minusMonths(1).toString();
        show();
    }

    public void show() {
        YearMonth period;
        try {
            period = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            Texts.error("abuse:month", "abuse.monthInvalid");
            countries = List.of();
            return;
        }
        month = period.toString();
        var rows = new ArrayList<Row>();
        for (var count : abuseReports.originCountries(
                period.atDay(1), period.plusMonths(1).atDay(1))) {
            var agency = directory.agencyFor(count.country());
            rows.add(new Row(
                    count.country(),
                    FigureLabels.label(Dimension.COUNTRY, count.country(), Texts.locale()),
                    count.reports(),
                    agency.map(Directory.ForeignAgency::agency).orElse(null),
                    agency.map(Directory.ForeignAgency::format).orElse("XARF")));
        }
        countries = rows;
    }

    public List<Row> getCountries() {
        return countries;
    }

    public List<Dispatch> getDispatches() {
        return referrals.dispatches(50);
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
