package jp.spamcenter.reporting.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The center's figures from the reporting module's daily rollups, kept from the complaint module's events:
 * reports by day and by category, origin country, channel, way in, prefecture, violated display duty and
 * campaign. Days are on the center's calendar (Japan time); ranges include both ends.
 */
public interface Statistics {

    /** What a figure is counted by. */
    enum Dimension {
        /** All reports (value ""). */
        TOTAL,
        CHANNEL,
        INTAKE,
        PREFECTURE,
        CATEGORY,
        /** Origin country, ISO 3166 alpha-2; "" when unknown. */
        COUNTRY,
        /** A display duty of the opt-in law the message fails. */
        DUTY,
        CAMPAIGN
    }

    /** Reports per value of the dimension in the period, most first; at most {@code limit} values. */
    List<Count> breakdown(Dimension dimension, LocalDate from, LocalDate to, int limit);

    /** Reports per month, of one value of the dimension (or all of TOTAL with value ""). Months without are 0. */
    List<MonthCount> monthly(Dimension dimension, String value, YearMonth from, YearMonth to);

    /** Reports per month and value, for stacked trends; values beyond the {@code limit} largest are summed as "*". */
    List<MonthValueCount> monthlyBreakdown(Dimension dimension, YearMonth from, YearMonth to, int limit);

    /** Campaigns with the most reports in the seven days to {@code day}, with the seven days before. */
    List<Rising> risingCampaigns(LocalDate day, int limit);

    /** The reports behind a figure, newest first: for advisors' and managers' drill-down. */
    List<ReportRef> reports(Dimension dimension, String value, LocalDate from, LocalDate to, int offset, int limit);

    record Count(String value, long complaints) {}

    record MonthCount(YearMonth month, long complaints) {}

    record MonthValueCount(YearMonth month, String value, long complaints) {}

    record Rising(String campaignKey, long thisWeek, long weekBefore) {}

    record ReportRef(
            long complaintId,
            String receiptNumber,
            LocalDate day,
            String channel,
            String prefectureCode,
            String category,
            String originCountry) {}
}
