package jp.spamcenter.reporting.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.ReportFacts.Fact;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import jp.spamcenter.reporting.api.Statistics.Count;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.Statistics.Filter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rebuild counts slices of stored facts in bulk, and a report whose event counted it during the rebuild once
 * only; on a real MariaDB.
 */
class RollupRebuildTest {

    private static final LocalDate DAY = LocalDate.of(2026, 8, 3);
    private static PersistenceTests db;

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("reporting", "rep_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aSliceIsCountedInBulkAndAReportItsEventCountedMeanwhileOnce() {
        // report 2's event arrived while the rebuild ran: it is counted already
        db.run(em -> new Rollups(em)
                .consume(List.of(new ComplaintReceived(
                        2,
                        "2222-2222-2222",
                        "s",
                        "13",
                        Instant.parse("2026-08-03T01:00:00Z"),
                        "DATING",
                        null,
                        true,
                        Channel.SMS,
                        Intake.WEB_FORM))));

        db.run(em -> rebuild(em)
                .countSlice(List.of(
                        fact(1, "13", "SMS", "BILLING_FRAUD", "US", List.of("SENDER_NAME", "CONTACT")),
                        fact(2, "13", "SMS", "DATING", "", List.of()),
                        fact(3, null, "PC_MAIL", "BILLING_FRAUD", "CN", List.of("CONTACT")),
                        new Fact(
                                4,
                                "4444-4444-4444",
                                Instant.parse("2026-08-03T05:00:00Z"),
                                "27",
                                "MOBILE_MAIL",
                                "WEB_FORM",
                                false,
                                null,
                                null,
                                null,
                                List.of(),
                                false,
                                null,
                                null))));

        assertThat(breakdown(Dimension.TOTAL)).containsExactly(new Count("", 4));
        assertThat(breakdown(Dimension.CATEGORY))
                .containsExactly(new Count("BILLING_FRAUD", 2), new Count("DATING", 1));
        assertThat(breakdown(Dimension.COUNTRY))
                .containsExactly(new Count("", 1), new Count("CN", 1), new Count("US", 1));
        assertThat(breakdown(Dimension.PREFECTURE)).containsExactly(new Count("13", 2), new Count("27", 1));
        assertThat(breakdown(Dimension.DUTY)).containsExactly(new Count("CONTACT", 2), new Count("SENDER_NAME", 1));
        assertThat(breakdown(Dimension.CHANNEL))
                .containsExactly(new Count("SMS", 2), new Count("MOBILE_MAIL", 1), new Count("PC_MAIL", 1));
        assertThat(breakdown(Dimension.BRAND)).containsExactly(new Count("SMBC_CARD", 1));
        assertThat(breakdown(Dimension.SMS_SENDER)).containsExactly(new Count("MOBILE", 1));

        // the same slice again changes nothing: every row is counted now
        db.run(em -> rebuild(em)
                .countSlice(List.of(fact(1, "13", "SMS", "BILLING_FRAUD", "US", List.of("SENDER_NAME", "CONTACT")))));
        assertThat(breakdown(Dimension.TOTAL)).containsExactly(new Count("", 4));
    }

    private static Fact fact(
            long id, String prefecture, String channel, String category, String country, List<String> duties) {
        return new Fact(
                id,
                String.format("%04d-%04d-%04d", id, id, id),
                Instant.parse("2026-08-03T01:00:00Z"),
                prefecture,
                channel,
                "WEB_FORM",
                true,
                category,
                country,
                null,
                duties,
                false,
                "BILLING_FRAUD".equals(category) && "US".equals(country) ? "SMBC_CARD" : null,
                "SMS".equals(channel) && "BILLING_FRAUD".equals(category) ? "MOBILE" : null);
    }

    private static List<Count> breakdown(Dimension dimension) {
        return db.inTransaction(em -> new Rollups(em).breakdown(Filter.NONE, dimension, DAY, DAY, 20));
    }

    /** The rebuild on the test's entity manager: only its slices are counted here, so it needs no other module. */
    private static RollupRebuild rebuild(EntityManager em) {
        return new RollupRebuild(em, null, null, CenterTime.system());
    }
}
