package jp.spamcenter.advice.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import jp.spamcenter.advice.api.CaseQuery;
import jp.spamcenter.advice.api.CaseQueueKind;
import jp.spamcenter.advice.api.CaseSort;
import jp.spamcenter.advice.internal.infrastructure.CaseListing;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The advisors' lists with 100,000 cases in MariaDB: server time of one page and of its count for each queue,
 * on the first, a middle and the last page. Prints figures; never fails on time. Run:
 * {@code ./mvnw -pl advice-module -am test -Pbench}.
 */
@Tag("bench")
class CaseListBenchmark {

    private static final int CASES = 100_000;
    private static final int RUNS = 15;
    private static final String[] CATEGORIES = {
        "PHISHING", "BILLING_FRAUD", "DATING", "ADULT", "FINANCE", "GAMBLING", "OTHER"
    };
    private static final String[] STATUSES = {
        "NEW", "TRIAGED", "IN_PROGRESS", "WAITING_FOR_CITIZEN", "REFERRED", "CLOSED"
    };

    @Test
    void queuesWithAHundredThousandCases() throws Exception {
        try (var db = PersistenceTests.migrated("advice", "adv_")) {
            long inserted = fill(db.jdbcUrl());
            Instant now = Instant.parse("2026-06-01T00:00:00Z");
            System.out.printf("%n=== case lists: %,d cases, page of 25, median of %d runs (ms) ===%n", inserted, RUNS);
            System.out.printf("%-34s %8s %8s %8s %8s%n", "queue", "count", "first", "middle", "last");
            for (var queue : List.of(
                    CaseQuery.queue(CaseQueueKind.MINE, "advisor-7", null, 0, 25),
                    CaseQuery.queue(CaseQueueKind.UNASSIGNED, null, null, 0, 25),
                    CaseQuery.queue(CaseQueueKind.OVERDUE, null, null, 0, 25),
                    CaseQuery.queue(CaseQueueKind.OVERDUE, null, "PHISHING", 0, 25),
                    new CaseQuery(0, 25, CaseSort.OPENED_AT, false))) {
                long total = db.inTransaction(em -> new CaseListing(em, Clock.fixed(now, ZoneOffset.UTC)).count(queue));
                double count = median(db, em -> new CaseListing(em, Clock.fixed(now, ZoneOffset.UTC)).count(queue));
                int last = (int) Math.max(0, (total - 1) / 25 * 25);
                double first =
                        median(db, em -> new CaseListing(em, Clock.fixed(now, ZoneOffset.UTC)).list(page(queue, 0)));
                double middle = median(
                        db,
                        em -> new CaseListing(em, Clock.fixed(now, ZoneOffset.UTC))
                                .list(page(queue, last / 2 / 25 * 25)));
                double end =
                        median(db, em -> new CaseListing(em, Clock.fixed(now, ZoneOffset.UTC)).list(page(queue, last)));
                String name =
                        queue.queue() + (queue.category() == null ? "" : " " + queue.category()) + " (" + total + ")";
                System.out.printf("%-34s %8.1f %8.1f %8.1f %8.1f%n", name, count, first, middle, end);
                List<?> lastPage = db.inTransaction(
                        em -> new CaseListing(em, Clock.fixed(now, ZoneOffset.UTC)).list(page(queue, last)));
                assertThat(lastPage).isNotEmpty();
            }
            System.out.println();
        }
    }

    private static CaseQuery page(CaseQuery q, int offset) {
        return new CaseQuery(q.queue(), q.advisor(), q.category(), offset, q.limit(), q.sort(), q.ascending());
    }

    private static double median(PersistenceTests db, Function<jakarta.persistence.EntityManager, Object> work) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            db.inTransaction(work::apply);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    /** 100,000 cases over two years: a sixth closed per status, 20 advisors, a third unassigned. */
    private static long fill(String url) throws Exception {
        var random = new Random(7);
        LocalDateTime start = LocalDateTime.of(2024, 6, 1, 0, 0);
        try (var connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            try (var cases = connection.prepareStatement(
                    "INSERT INTO adv_case (id, complaint_id, receipt_number, subject, prefecture_code, status, priority,"
                            + " opened_at, category, assignee, first_response_due, resolution_due, due_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 'NORMAL', ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= CASES; i++) {
                    LocalDateTime opened = start.plusMinutes(i * 10L);
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    LocalDateTime due = opened.plusDays(1);
                    cases.setLong(1, 1_000_000 + i);
                    cases.setLong(2, 1_000_000 + i);
                    cases.setString(3, String.format("BNCH-%04d-%04d", i / 10_000, i % 10_000));
                    cases.setString(4, "subject " + i);
                    cases.setString(5, String.format("%02d", 1 + random.nextInt(47)));
                    cases.setString(6, status);
                    cases.setTimestamp(7, Timestamp.valueOf(opened));
                    cases.setString(8, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                    cases.setString(9, random.nextInt(3) == 0 ? null : "advisor-" + random.nextInt(20));
                    cases.setTimestamp(10, Timestamp.valueOf(due));
                    cases.setTimestamp(11, Timestamp.valueOf(opened.plusDays(7)));
                    cases.setTimestamp(12, status.equals("CLOSED") ? null : Timestamp.valueOf(due));
                    cases.setTimestamp(13, Timestamp.valueOf(opened));
                    cases.addBatch();
                    if (i % 2_000 == 0) {
                        cases.executeBatch();
                        connection.commit();
                    }
                }
            }
            connection.commit();
            try (var stats = connection.createStatement()) {
                stats.execute("ANALYZE TABLE adv_case");
            }
        }
        return CASES;
    }
}
