package jp.spamcenter.complaint.internal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.SampleComplaints;
import jp.spamcenter.complaint.internal.infrastructure.AnalysisJobs.Job;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analysis queue's table on a real MariaDB: claims, leases, quarantine, and instances side by side. */
class AnalysisJobsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static PersistenceTests db;

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("complaint", "cmp_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void emptyQueue() {
        db.run(em -> em.createNativeQuery("DELETE FROM cmp_analysis_job").executeUpdate());
    }

    private static long queued(int priority) {
        return db.inTransaction(em -> {
            var complaint = Complaint.from(SampleComplaints.anonymous(), ReceiptNumber.random(), T0);
            em.persist(complaint);
            em.flush();
            long id = complaint.id().value();
            new AnalysisJobs(em).enqueue(id, priority, T0);
            return id;
        });
    }

    private static List<Job> claim(int limit, Instant at) {
        return db.inTransaction(em -> new AnalysisJobs(em).claim(limit, at, LEASE));
    }

    @Test
    void anInstanceSkipsTheJobsAnotherHoldsAndTakesTheRest() throws Exception {
        long first = queued(AnalysisJobs.NEW_REPORT);
        long second = queued(AnalysisJobs.NEW_REPORT);
        long third = queued(AnalysisJobs.NEW_REPORT);
        var claimedByA = new CountDownLatch(1);
        var releaseA = new CountDownLatch(1);
        CompletableFuture<List<Job>> a = CompletableFuture.supplyAsync(() -> db.inTransaction(em -> {
            List<Job> jobs = new AnalysisJobs(em).claim(2, T0, LEASE);
            claimedByA.countDown();
            try {
                releaseA.await(10, TimeUnit.SECONDS); // A's transaction holds its rows meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return jobs;
        }));
        assertThat(claimedByA.await(10, TimeUnit.SECONDS)).isTrue();

        List<Job> b = claim(10, T0);
        releaseA.countDown();

        assertThat(a.get(10, TimeUnit.SECONDS)).extracting(Job::complaintId).containsExactly(first, second);
        assertThat(b).extracting(Job::complaintId).containsExactly(third);
    }

    @Test
    void aClaimIsLeasedAndComesBackWhenTheLeaseRunsOut() {
        long id = queued(AnalysisJobs.NEW_REPORT);

        assertThat(claim(10, T0)).containsExactly(new Job(id, 1));
        assertThat(claim(10, T0.plusSeconds(10))).isEmpty();
        // the instance that claimed it died: after the lease another takes it, the attempt counted
        assertThat(claim(10, T0.plus(LEASE).plusSeconds(1))).containsExactly(new Job(id, 2));
    }

    @Test
    void aFailedJobWaitsForItsRetryAndAQuarantinedOneForAnAdvisor() {
        long retried = queued(AnalysisJobs.NEW_REPORT);
        long quarantined = queued(AnalysisJobs.NEW_REPORT);
        claim(10, T0);
        db.run(em -> {
            var jobs = new AnalysisJobs(em);
            jobs.failed(retried, "database unavailable", T0.plusSeconds(5), T0);
            jobs.failed(quarantined, "never finishes", null, T0);
        });

        assertThat(claim(10, T0.plusSeconds(1))).isEmpty();
        assertThat(claim(10, T0.plus(Duration.ofHours(1)))).containsExactly(new Job(retried, 2));
        AnalysisJobs.Counts counts = db.inTransaction(em -> new AnalysisJobs(em).counts());
        assertThat(counts.quarantined()).isEqualTo(1);

        boolean released = db.inTransaction(em -> new AnalysisJobs(em).release(quarantined, T0.plusSeconds(2)));
        assertThat(released).isTrue();
        assertThat(claim(10, T0.plusSeconds(2))).containsExactly(new Job(quarantined, 1));
    }

    @Test
    void newReportsGoBeforeReanalysisAndQueueingTwiceIsOnce() {
        long old = queued(AnalysisJobs.REANALYSIS);
        long fresh = queued(AnalysisJobs.NEW_REPORT);
        db.run(em -> new AnalysisJobs(em).enqueue(fresh, AnalysisJobs.NEW_REPORT, T0));

        assertThat(claim(1, T0)).extracting(Job::complaintId).containsExactly(fresh);
        assertThat(claim(10, T0)).extracting(Job::complaintId).containsExactly(old);
        long pending = db.inTransaction(em -> new AnalysisJobs(em).reanalysisPending());
        assertThat(pending).isEqualTo(1);
    }
}
