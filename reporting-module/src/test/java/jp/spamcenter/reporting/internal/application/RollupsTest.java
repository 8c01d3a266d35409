package jp.spamcenter.reporting.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintAnalysed;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import jp.spamcenter.reporting.api.Statistics.Count;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.Statistics.Filter;
import jp.spamcenter.reporting.api.Statistics.MonthCount;
import jp.spamcenter.reporting.api.Statistics.MonthValueCount;
import jp.spamcenter.reporting.api.Statistics.ReportRef;
import jp.spamcenter.reporting.api.Statistics.Rising;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts and daily rollups kept from the complaint module's events, on a real MariaDB. */
class RollupsTest {

    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate OCT_31 = LocalDate.of(2026, 10, 31);
    private static PersistenceTests db;

    @BeforeAll
    static void countAMonth() {
        db = PersistenceTests.migrated("reporting", "rep_");
        received(1, "13", "2026-10-01T03:00:00Z", "WEB_FORM", "PC_MAIL");
        received(2, "13", "2026-10-01T10:00:00Z", "WEB_FORM", "MOBILE_MAIL");
        received(3, "27", "2026-10-02T12:00:00Z", "WEB_FORM", "MOBILE_MAIL");
        received(4, null, "2026-10-03T01:00:00Z", "BULK_API", null);
        // 23:30 UTC on 31 October is 1 November in Japan
        received(5, "01", "2026-10-31T23:30:00Z", "WEB_FORM", "SMS");
        analysed(1, "2026-10-01T03:00:00Z", "BILLING_FRAUD", "US", "CAMPAIGNAAAAAAAAAAAAAAAA", "opt-out-notice");
        analysed(
                2,
                "2026-10-01T10:00:00Z",
                "BILLING_FRAUD",
                "US",
                "CAMPAIGNAAAAAAAAAAAAAAAA",
                "opt-out-notice",
                "sender-name");
        analysed(3, "2026-10-02T12:00:00Z", "DATING", "CN", null);
        analysed(4, "2026-10-03T01:00:00Z", "PHISHING", null, null);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void reportsAreCountedByEveryDimensionOnTheCentersCalendar() {
        assertThat(breakdown(Dimension.TOTAL)).containsExactly(new Count("", 4));
        assertThat(breakdown(Dimension.CATEGORY))
                .containsExactly(new Count("BILLING_FRAUD", 2), new Count("DATING", 1), new Count("PHISHING", 1));
        assertThat(breakdown(Dimension.COUNTRY))
                .containsExactly(new Count("US", 2), new Count("", 1), new Count("CN", 1));
        assertThat(breakdown(Dimension.INTAKE)).containsExactly(new Count("WEB_FORM", 3), new Count("BULK_API", 1));
        assertThat(breakdown(Dimension.DUTY))
                .containsExactly(new Count("opt-out-notice", 2), new Count("sender-name", 1));
        assertThat(breakdown(Dimension.PREFECTURE)).containsExactly(new Count("13", 2), new Count("27", 1));
        List<Count> november = db.inTransaction(em -> new Rollups(em)
                .breakdown(
                        Filter.NONE, Dimension.PREFECTURE, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 10));
        assertThat(november).containsExactly(new Count("01", 1));
    }

    @Test
    void aReanalysisMovesTheReportFromItsOldValuesToTheNewOnesAndADeliveryTwiceCountsOnce() {
        received(6, "14", "2026-09-10T01:00:00Z", "MAILBOX", "PC_MAIL");
        received(6, "14", "2026-09-10T01:00:00Z", "MAILBOX", "PC_MAIL");
        analysed(6, "2026-09-10T01:00:00Z", "OTHER", "", null, "sender-name");
        analysed(6, "2026-09-10T01:00:00Z", "FINANCE", "KR", null, "postal-address");

        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 9, 30);
        assertThat(breakdown(Dimension.TOTAL, from, to)).containsExactly(new Count("", 1));
        assertThat(breakdown(Dimension.CATEGORY, from, to)).containsExactly(new Count("FINANCE", 1));
        assertThat(breakdown(Dimension.COUNTRY, from, to)).containsExactly(new Count("KR", 1));
        assertThat(breakdown(Dimension.DUTY, from, to)).containsExactly(new Count("postal-address", 1));
        // the filtered figures moved with it
        assertThat(filtered(new Filter(Dimension.CATEGORY, "OTHER"), Dimension.TOTAL, from, to))
                .isEmpty();
        assertThat(filtered(new Filter(Dimension.CATEGORY, "FINANCE"), Dimension.COUNTRY, from, to))
                .containsExactly(new Count("KR", 1));
        assertThat(filtered(new Filter(Dimension.COUNTRY, "KR"), Dimension.DUTY, from, to))
                .containsExactly(new Count("postal-address", 1));
    }

    @Test
    void anImpersonatedBrandIsCountedAndMovesWithAReanalysis() {
        received(7, "13", "2026-07-10T01:00:00Z", "WEB_FORM", "SMS");
        received(8, "13", "2026-07-11T01:00:00Z", "BULK_API", "PC_MAIL");
        db.run(em -> new Rollups(em)
                .consume(List.of(
                        new ComplaintAnalysed(
                                7, Instant.parse("2026-07-10T01:00:00Z"), "OTHER", "", null, List.of(), "1.1/x", null),
                        new ComplaintAnalysed(
                                8,
                                Instant.parse("2026-07-11T01:00:00Z"),
                                "PHISHING",
                                "CN",
                                null,
                                List.of(),
                                "1.1/x",
                                "AMAZON"))));
        // an analyser upgrade finds the first one impersonating a delivery company
        db.run(em -> new Rollups(em)
                .consume(List.of(new ComplaintAnalysed(
                        7,
                        Instant.parse("2026-07-10T01:00:00Z"),
                        "PHISHING",
                        "",
                        null,
                        List.of(),
                        "1.2/x",
                        "SAGAWA"))));

        LocalDate from = LocalDate.of(2026, 7, 1);
        LocalDate to = LocalDate.of(2026, 7, 31);
        assertThat(breakdown(Dimension.BRAND, from, to))
                .containsExactlyInAnyOrder(new Count("AMAZON", 1), new Count("SAGAWA", 1));
        assertThat(filtered(new Filter(Dimension.CHANNEL, "SMS"), Dimension.BRAND, from, to))
                .containsExactly(new Count("SAGAWA", 1));
        assertThat(filtered(new Filter(Dimension.CATEGORY, "PHISHING"), Dimension.BRAND, from, to))
                .hasSize(2);
    }

    @Test
    void filteredFiguresCountOnlyTheReportsOfTheirChannelCategoryOrCountry() {
        Filter mobile = new Filter(Dimension.CHANNEL, "MOBILE_MAIL");
        assertThat(filtered(mobile, Dimension.TOTAL, OCT_1, OCT_31)).containsExactly(new Count("", 2));
        assertThat(filtered(mobile, Dimension.CATEGORY, OCT_1, OCT_31))
                .containsExactly(new Count("BILLING_FRAUD", 1), new Count("DATING", 1));
        // by its own dimension a filter has its one value
        assertThat(filtered(mobile, Dimension.CHANNEL, OCT_1, OCT_31)).containsExactly(new Count("MOBILE_MAIL", 2));
        Filter fraud = new Filter(Dimension.CATEGORY, "BILLING_FRAUD");
        assertThat(filtered(fraud, Dimension.COUNTRY, OCT_1, OCT_31)).containsExactly(new Count("US", 2));
        assertThat(filtered(fraud, Dimension.CHANNEL, OCT_1, OCT_31))
                .containsExactly(new Count("MOBILE_MAIL", 1), new Count("PC_MAIL", 1));
        assertThat(filtered(new Filter(Dimension.COUNTRY, "CN"), Dimension.PREFECTURE, OCT_1, OCT_31))
                .containsExactly(new Count("27", 1));

        List<ReportRef> mobileFromUs =
                db.inTransaction(em -> new Rollups(em).reports(mobile, Dimension.COUNTRY, "US", OCT_1, OCT_31, 0, 10));
        assertThat(mobileFromUs).extracting(ReportRef::complaintId).containsExactly(2L);
        List<MonthValueCount> trend = db.inTransaction(em -> new Rollups(em)
                .monthlyBreakdown(fraud, Dimension.CATEGORY, YearMonth.of(2026, 10), YearMonth.of(2026, 10), 5));
        assertThat(trend).containsExactly(new MonthValueCount(YearMonth.of(2026, 10), "BILLING_FRAUD", 2));
        assertThatThrownBy(() -> new Filter(Dimension.DUTY, "sender-name"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Count> filtered(Filter filter, Dimension dimension, LocalDate from, LocalDate to) {
        return db.inTransaction(em -> new Rollups(em).breakdown(filter, dimension, from, to, 10));
    }

    @Test
    void monthsTrendsRisingCampaignsAndTheReportsBehindAFigure() {
        List<MonthCount> months = db.inTransaction(em -> new Rollups(em)
                .monthly(
                        Filter.NONE,
                        Dimension.CATEGORY,
                        "BILLING_FRAUD",
                        YearMonth.of(2026, 8),
                        YearMonth.of(2026, 10)));
        assertThat(months)
                .containsExactly(
                        new MonthCount(YearMonth.of(2026, 8), 0),
                        new MonthCount(YearMonth.of(2026, 9), 0),
                        new MonthCount(YearMonth.of(2026, 10), 2));

        List<Rising> rising = db.inTransaction(em -> new Rollups(em).risingCampaigns(LocalDate.of(2026, 10, 5), 5));
        assertThat(rising).containsExactly(new Rising("CAMPAIGNAAAAAAAAAAAAAAAA", 2, 0));

        List<ReportRef> fromUs =
                db.inTransaction(em -> new Rollups(em).reports(Dimension.COUNTRY, "US", OCT_1, OCT_31, 0, 10));
        assertThat(fromUs).extracting(ReportRef::complaintId).containsExactly(2L, 1L);
        assertThat(fromUs.get(0).category()).isEqualTo("BILLING_FRAUD");
        List<ReportRef> withoutSender =
                db.inTransaction(em -> new Rollups(em).reports(Dimension.DUTY, "sender-name", OCT_1, OCT_31, 0, 10));
        assertThat(withoutSender).extracting(ReportRef::complaintId).containsExactly(2L);
    }

    private static List<Count> breakdown(Dimension dimension) {
        return breakdown(dimension, OCT_1, OCT_31);
    }

    private static List<Count> breakdown(Dimension dimension, LocalDate from, LocalDate to) {
        return db.inTransaction(em -> new Rollups(em).breakdown(Filter.NONE, dimension, from, to, 10));
    }

    private static void received(long id, String prefecture, String at, String intake, String channel) {
        db.run(em -> new Rollups(em)
                .consume(List.of(new ComplaintReceived(
                        id,
                        ReceiptNumber.random().value(),
                        "s",
                        prefecture,
                        Instant.parse(at),
                        null,
                        null,
                        true,
                        channel == null ? null : Channel.valueOf(channel),
                        Intake.valueOf(intake)))));
    }

    private static void analysed(
            long id, String at, String category, String country, String campaign, String... duties) {
        db.run(em -> new Rollups(em)
                .consume(List.of(new ComplaintAnalysed(
                        id, Instant.parse(at), category, country, campaign, List.of(duties), "1.1/x"))));
    }
}
