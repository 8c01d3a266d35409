package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.spamcenter.complaint.api.AnalysisQueue;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.ComplaintEvent;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.internal.analysis.SenderCheck;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.ComplaintContact;
import jp.spamcenter.complaint.internal.domain.RawMessage;
import jp.spamcenter.complaint.internal.domain.ReceiptSecret;
import jp.spamcenter.complaint.internal.domain.ReportedMessage;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;
import jp.spamcenter.complaint.internal.infrastructure.AnalysisJobs;
import jp.spamcenter.complaint.internal.infrastructure.AnalysisJobs.Job;
import jp.spamcenter.complaint.internal.infrastructure.ComplaintRepository;
import jp.spamcenter.complaint.internal.infrastructure.PhishingUrlStore;
import jp.spamcenter.complaint.internal.infrastructure.ReanalysisRuns;
import jp.spamcenter.complaint.internal.infrastructure.ReceiptMailing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps of the analysis queue, each its own transaction (driven by {@link AnalysisWorker}), and what
 * advisors and admins see of it. Every report comes through here, whatever its way in. A report's first analysis
 * also completes it: subject and text from the message where the citizen typed none, the reporter's address from
 * a forward to the mailbox, and the {@link jp.spamcenter.complaint.api.ComplaintReceived} event; every analysis
 * publishes {@link jp.spamcenter.complaint.api.ComplaintAnalysed}.
 */
@ApplicationScoped
public class AnalysisWork implements AnalysisQueue {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    /** Attempts before a report is quarantined. */
    static final int MAX_ATTEMPTS = 5;
    /** How long a claim holds: far longer than a batch takes; after it, another instance may take the job. */
    static final Duration LEASE = Duration.ofSeconds(30);
    /** Re-analysis jobs are queued while fewer than this many wait, so that the queue stays bounded. */
    static final int REANALYSIS_LOW_WATER = 2_000;

    static final int REANALYSIS_SLICE = 1_000;

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    ComplaintAnalysis analysis;

    @Inject
    ComplaintRepository complaints;

    @Inject
    ReanalysisRuns reanalyses;

    @Inject
    EventPublication events;

    @Inject
    PipelineMetrics metrics;

    @Inject
    Event<ReceiptMailing.Issued> receiptIssued;

    @Inject
    @ConfigProperty(name = "mailbox.acknowledge", defaultValue = "false")
    boolean acknowledgeMailbox;

    /**
     * Claims due jobs for this instance. A job whose attempts ran out without an answer (the instance analysing
     * it stopped each time) is quarantined here rather than tried again.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Job> claim(int limit) {
        Instant now = now();
        var jobs = new AnalysisJobs(em);
        var claimed = new ArrayList<Job>();
        for (Job job : jobs.claim(limit, now, LEASE)) {
            if (job.attempts() > MAX_ATTEMPTS) {
                quarantine(
                        jobs,
                        job,
                        "the analysis did not finish in " + MAX_ATTEMPTS
                                + " attempts: the server stopped while analysing it",
                        now);
            } else {
                claimed.add(job);
            }
        }
        return claimed;
    }

    /** Analyses claimed jobs in one transaction: all are stored, or none is. */
    @Transactional(TxType.REQUIRES_NEW)
    public void analyseAll(List<Job> jobs) {
        Instant now = now();
        List<Long> ids = jobs.stream().map(Job::complaintId).toList();
        // one query per table for the whole batch; the finds below are then answered from memory
        Map<Long, byte[]> messages = complaints.loadForAnalysis(ids);
        int reanalysed = 0;
        var published = new ArrayList<ComplaintEvent>(2 * ids.size());
        var analysed = new ArrayList<PhishingUrlStore.Analysed>(ids.size());
        for (long id : ids) {
            if (analyse(id, messages.get(id), now, published, analysed)) {
                reanalysed++;
            }
        }
        new PhishingUrlStore(em).keepAll(analysed);
        new AnalysisJobs(em).done(ids);
        countReanalysed(reanalysed);
        events.publish(published, now);
    }

    /** One job alone, after its batch failed: only a job that fails by itself is held back. */
    @Transactional(TxType.REQUIRES_NEW)
    public void analyseOne(Job job) {
        long id = job.complaintId();
        RawMessage raw = em.find(RawMessage.class, id);
        Instant now = now();
        var published = new ArrayList<ComplaintEvent>(2);
        var analysed = new ArrayList<PhishingUrlStore.Analysed>(1);
        countReanalysed(analyse(id, raw == null ? null : raw.content(), now, published, analysed) ? 1 : 0);
        new PhishingUrlStore(em).keepAll(analysed);
        new AnalysisJobs(em).done(List.of(id));
        events.publish(published, now);
    }

    /** A failed attempt: tried again later, with growing pauses, or quarantined after the last. */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordFailure(Job job, String error) {
        Instant now = now();
        var jobs = new AnalysisJobs(em);
        if (job.attempts() >= MAX_ATTEMPTS) {
            quarantine(jobs, job, error, now);
        } else {
            jobs.failed(job.complaintId(), error, now.plus(backoff(job.attempts())), now);
        }
    }

    /** 5 s, 20 s, 80 s, 5 min 20 s: a passing fault heals, a lasting one does not hold the queue. */
    static Duration backoff(int attempts) {
        return Duration.ofSeconds(5L << (2 * Math.min(Math.max(attempts - 1, 0), 8)));
    }

    /**
     * Analyses one report (its message's bytes, or null for a description) and adds the events it tells to
     * {@code published} and the analysis to {@code analysed}; the caller keeps the phishing links of its batch,
     * ends its jobs and publishes the events. Whether it was a re-analysis (the report had an analysis already).
     */
    private boolean analyse(
            long complaintId,
            byte[] raw,
            Instant now,
            List<ComplaintEvent> published,
            List<PhishingUrlStore.Analysed> analysed) {
        Complaint complaint = em.find(Complaint.class, complaintId);
        if (complaint == null) {
            return false;
        }
        long started = System.nanoTime();
        AnalysisResult result = raw != null
                ? analysis.analyse(raw)
                : analysis.analyse(ReportedMessage.of(complaint.subject(), complaint.messageText()));
        metrics.analysisTook(java.time.Duration.ofNanos(System.nanoTime() - started));
        metrics.analysed(complaint.intake());
        String json = JSON.toJson(result);
        StoredAnalysis stored = em.find(StoredAnalysis.class, complaintId);
        boolean again = stored != null;
        if (again) {
            stored.update(result, json, now);
        } else {
            em.persist(StoredAnalysis.of(complaint.id(), result, json, now));
            published.add(completeReport(complaint, result));
        }
        analysed.add(new PhishingUrlStore.Analysed(complaintId, complaint.receivedAt(), result, again));
        published.add(EventPublication.analysed(complaint, result));
        return again;
    }

    /** What the first analysis tells of a report that came as a bare message; the report as received. */
    private ComplaintReceived completeReport(Complaint complaint, AnalysisResult result) {
        complaint.describeFrom(result.spam() == null ? null : result.spam().subject(), result.textExcerpt());
        if (complaint.intake() == Intake.MAILBOX && result.reporter() != null) {
            // the citizen who forwarded it: the sender of the forward around the spam
            String address = SenderCheck.address(result.reporter().from());
            if (Complaint.isMailable(address)
                    && em.find(ComplaintContact.class, complaint.id().value()) == null) {
                em.persist(new ComplaintContact(complaint.id(), address));
                if (acknowledgeMailbox) {
                    // nobody has seen a secret for this report yet: it is issued with the acknowledgement
                    String secret = ReceiptSecret.generate();
                    complaint.protectWith(secret);
                    receiptIssued.fire(new ReceiptMailing.Issued(
                            address, complaint.receiptNumber(), secret, complaint.receivedAt()));
                }
            }
        }
        return EventPublication.received(complaint, result, answerable(complaint));
    }

    /**
     * Whether there is a citizen to talk to: one who filed in person (they follow the report with its receipt
     * number and secret), or one who forwarded the spam from an address; a partner's machine is nobody to answer.
     */
    private boolean answerable(Complaint complaint) {
        return switch (complaint.intake()) {
            case WEB_FORM, PHONE -> true;
            case BULK_API -> false;
            default -> em.find(ComplaintContact.class, complaint.id().value()) != null;
        };
    }

    private void quarantine(AnalysisJobs jobs, Job job, String reason, Instant now) {
        jobs.failed(job.complaintId(), reason, null, now);
        Complaint complaint = em.find(Complaint.class, job.complaintId());
        if (complaint != null && em.find(StoredAnalysis.class, job.complaintId()) == null) {
            // advisors must see the report all the same: it goes on without an analysis
            events.publish(List.of(EventPublication.received(complaint, null, answerable(complaint))), now);
        }
    }

    private void countReanalysed(int count) {
        reanalyses.countDone(count);
    }

    /**
     * Queues the next slice of a running re-analysis when few of its jobs wait, and marks the run finished when
     * none is left; one instance at a time (the run's row is locked).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void advanceReanalysis() {
        Optional<ReanalysisRuns.Running> running = reanalyses.lockRunning();
        if (running.isEmpty()) {
            return;
        }
        long id = running.get().id();
        var jobs = new AnalysisJobs(em);
        long waiting = jobs.reanalysisPending();
        if (waiting >= REANALYSIS_LOW_WATER) {
            return;
        }
        List<Long> ids =
                reanalyses.outdated(running.get().queuedUpTo(), running.get().targetVersion(), REANALYSIS_SLICE);
        Instant now = now();
        if (ids.isEmpty()) {
            if (waiting == 0) {
                reanalyses.finished(id, now);
            }
            return;
        }
        for (long complaintId : ids) {
            jobs.enqueue(complaintId, AnalysisJobs.REANALYSIS, now);
        }
        reanalyses.queuedUpTo(id, ids.get(ids.size() - 1));
    }

    @Override
    @Transactional
    public QueueState state() {
        AnalysisJobs.Counts counts = new AnalysisJobs(em).counts();
        return new QueueState(counts.waiting(), counts.quarantined(), counts.oldestWaitingSince(), analysis.version());
    }

    @Override
    @Transactional
    public List<QuarantinedReport> quarantined(int first, int max) {
        return new AnalysisJobs(em).quarantined(first, max);
    }

    @Override
    @Transactional
    public boolean retry(ComplaintId complaint) {
        return new AnalysisJobs(em).release(complaint.value(), now());
    }

    @Override
    @Transactional
    public Reanalysis startReanalysis(String startedBy) {
        Optional<Reanalysis> latest = latestReanalysis();
        if (latest.isPresent() && !latest.get().finished()) {
            return latest.get();
        }
        String target = analysis.version();
        reanalyses.start(target, startedBy, now(), reanalyses.countOutdated(target));
        return latestReanalysis().orElseThrow();
    }

    @Override
    @Transactional
    public Optional<Reanalysis> latestReanalysis() {
        return reanalyses.latest();
    }

    private Instant now() {
        return clock.instant();
    }
}
