package jp.spamcenter.reporting.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.api.Referrals.OutcomeCount;

/**
 * The center's figures from the reporting module's daily rollups, kept from the other modules' events: reports
 * by day and by category, origin country, channel, way in, prefecture, violated display duty and campaign (from
 * the complaint module); cases opened, answered and closed against their targets, and referrals by destination
 * and outcome (from the advice module). Days are on the center's calendar (Japan time); ranges include both
 * ends. Nothing here reads the reports or cases themselves.
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
        CAMPAIGN,
        /** The brand a phishing report impersonates (the analyser's brand code); reports impersonating none have no value. */
        BRAND,
        /** The kind of an SMS's sender (mobile number, short code, international, alphanumeric, other number). */
        SMS_SENDER
    }

    /** Reports per value of the dimension in the period, most first; at most {@code limit} values. */
    List<Count> breakdown(Filter filter, Dimension dimension, LocalDate from, LocalDate to, int limit);

    default List<Count> breakdown(Dimension dimension, LocalDate from, LocalDate to, int limit) {
        return breakdown(Filter.NONE, dimension, from, to, limit);
    }

    /** Reports per month, of one value of the dimension (or all of TOTAL with value ""). Months without are 0. */
    List<MonthCount> monthly(Filter filter, Dimension dimension, String value, YearMonth from, YearMonth to);

    default List<MonthCount> monthly(Dimension dimension, String value, YearMonth from, YearMonth to) {
        return monthly(Filter.NONE, dimension, value, from, to);
    }

    /** Reports per month and value, for stacked trends; values beyond the {@code limit} largest are summed as "*". */
    List<MonthValueCount> monthlyBreakdown(Filter filter, Dimension dimension, YearMonth from, YearMonth to, int limit);

    default List<MonthValueCount> monthlyBreakdown(Dimension dimension, YearMonth from, YearMonth to, int limit) {
        return monthlyBreakdown(Filter.NONE, dimension, from, to, limit);
    }

    /** Campaigns with the most reports in the seven days to {@code day}, with the seven days before. */
    List<Rising> risingCampaigns(Filter filter, LocalDate day, int limit);

    default List<Rising> risingCampaigns(LocalDate day, int limit) {
        return risingCampaigns(Filter.NONE, day, limit);
    }

    /** The reports behind a figure, newest first: for advisors' and managers' drill-down. */
    List<ReportRef> reports(
            Filter filter, Dimension dimension, String value, LocalDate from, LocalDate to, int offset, int limit);

    default List<ReportRef> reports(
            Dimension dimension, String value, LocalDate from, LocalDate to, int offset, int limit) {
        return reports(Filter.NONE, dimension, value, from, to, offset, limit);
    }

    /**
     * How the service targets went for the cases opened in the period (first answers and closings, in time or
     * late, and how long they took in working time), and how many cases were closed in it.
     */
    ServiceFigures service(LocalDate from, LocalDate to);

    /** {@link #service} per month. */
    List<MonthService> monthlyService(YearMonth from, YearMonth to);

    /** Referrals sent in the period by kind of destination and where they stand or ended. */
    List<OutcomeCount> referralOutcomes(LocalDate from, LocalDate to);

    /** The destinations that were sent the most referrals in the period. */
    List<DestinationCount> referralDestinations(LocalDate from, LocalDate to, int limit);

    /** Only the reports of one channel, one category or one origin country; {@link #NONE} for all reports. */
    record Filter(Dimension dimension, String value) {

        public static final Filter NONE = new Filter(null, null);

        /** What figures can be filtered by. */
        public static final Set<Dimension> DIMENSIONS =
                Set.of(Dimension.CHANNEL, Dimension.CATEGORY, Dimension.COUNTRY);

        public Filter {
            if (dimension == null ? value != null : value == null || !DIMENSIONS.contains(dimension)) {
                throw new IllegalArgumentException("figures cannot be filtered by " + dimension + " " + value);
            }
        }

        /**
         * The filter a key names: "" or null for all reports, else "CHANNEL:SMS", "CATEGORY:PHISHING",
         * "COUNTRY:CN" and the like.
         *
         * @throws IllegalArgumentException when the key names no filter
         */
        public static Filter parse(String key) {
            if (key == null || key.isBlank()) {
                return NONE;
            }
            int colon = key.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("a filter is DIMENSION:value, not " + key);
            }
            return new Filter(
                    Dimension.valueOf(key.substring(0, colon).toUpperCase(java.util.Locale.ROOT)),
                    key.substring(colon + 1));
        }

        /** The key {@link #parse} reads; "" for all reports. */
        public String key() {
            return dimension == null ? "" : dimension.name() + ":" + value;
        }

        public boolean none() {
            return dimension == null;
        }
    }

    record Count(String value, long complaints) implements java.io.Serializable {}

    /**
     * Cases opened in a period and how their targets went: answered (first answer) and closed, each in time or
     * not, with the working minutes they took in all; {@code closedInPeriod} counts the cases closed in the
     * period whenever they were opened.
     */
    record ServiceFigures(
            long opened,
            long answered,
            long answeredInTime,
            long responseMinutes,
            long closed,
            long closedInTime,
            long resolutionMinutes,
            long closedInPeriod)
            implements java.io.Serializable {

        /** Opened in the period and not closed (yet). */
        public long stillOpen() {
            return opened - closed;
        }

        /** Share of answered cases answered in time, 0–100, or -1 when none was answered. */
        public int answeredInTimePercent() {
            return percent(answeredInTime, answered);
        }

        /** Share of closed cases closed in time, 0–100, or -1 when none was closed. */
        public int closedInTimePercent() {
            return percent(closedInTime, closed);
        }

        /** Working hours to the first answer on average, or -1 when none was answered. */
        public double averageResponseHours() {
            return answered == 0 ? -1 : responseMinutes / 60.0 / answered;
        }

        /** Working hours to the closing on average, or -1 when none was closed. */
        public double averageResolutionHours() {
            return closed == 0 ? -1 : resolutionMinutes / 60.0 / closed;
        }

        private static int percent(long part, long whole) {
            return whole == 0 ? -1 : (int) Math.round(100.0 * part / whole);
        }
    }

    record MonthService(YearMonth month, ServiceFigures figures) {}

    record DestinationCount(DestinationKind kind, String destination, long referrals) implements java.io.Serializable {}

    record MonthCount(YearMonth month, long complaints) {}

    record MonthValueCount(YearMonth month, String value, long complaints) {}

    record Rising(String campaignKey, long thisWeek, long weekBefore) implements java.io.Serializable {}

    record ReportRef(
            long complaintId,
            String receiptNumber,
            LocalDate day,
            String channel,
            String prefectureCode,
            String category,
            String originCountry)
            implements java.io.Serializable {}
}
