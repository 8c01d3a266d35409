package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ComplaintRejected;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.NewComplaint;
import jp.spamcenter.complaint.api.Receipt;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.analysis.Mbox;
import jp.spamcenter.complaint.internal.analysis.MessageAnalyzer;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.ComplaintContact;
import jp.spamcenter.complaint.internal.domain.RawMessage;
import jp.spamcenter.complaint.internal.domain.ReceiptSecret;
import jp.spamcenter.complaint.internal.infrastructure.AnalysisJobs;
import jp.spamcenter.complaint.internal.infrastructure.ComplaintRepository;
import jp.spamcenter.complaint.internal.infrastructure.ReceiptMailing;

/**
 * Files a report in one transaction: the report, its contact apart, the message's bytes, and its place in the
 * analysis queue. Every way in (the web form, the phone page, the mailbox, partners) takes the same steps:
 * stored here, analysed after commit by {@link AnalysisWork} (which publishes the events), then counted by their
 * observers. A person's upload is only checked to be an e-mail here, so that the citizen hears at once when it
 * is not.
 */
@ApplicationScoped
@Transactional
public class ComplaintIntake implements ComplaintService {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    IntakeLoad load;

    @Inject
    ComplaintAnalysis analysis;

    @Inject
    Event<ReceiptMailing.Issued> receiptIssued;

    @Inject
    Event<AnalysisWorker.Queued> queued;

    @Inject
    ComplaintRepository repository;

    @Inject
    PipelineMetrics metrics;

    @Override
    public Receipt file(NewComplaint given) {
        Instant now = clock.instant();
        String messageId =
                given.intake() == Intake.MAILBOX && given.hasMessage() ? messageIdOf(given.rawMessage()) : null;
        if (given.intake() == Intake.MAILBOX && given.hasMessage()) {
            // the mailbox may hand over a message again (a crash before it was moved): one report
            Optional<Receipt> earlier = earlierReport(given.rawMessage(), messageId);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        boolean personFiles = given.intake() == Intake.WEB_FORM || given.intake() == Intake.PHONE;
        if (personFiles
                && given.hasMessage()
                && given.rawMessage().length > 0
                && given.rawMessage().length <= Complaint.MESSAGE_MAX
                && !analysis.readsAsMessage(given.rawMessage())) {
            throw new ComplaintRejected(
                    List.of(new ComplaintRejected.Reason("message", "complaint.message.notAnEmail")));
        }
        // a person is shown the receipt number: one nobody has; machines' random 55 bits are checked by the key
        Complaint complaint = Complaint.from(given, personFiles ? unusedReceiptNumber() : ReceiptNumber.random(), now);
        // a person is shown the secret now; a citizen who forwarded mail gets one with the acknowledgement, and a
        // partner keeps only the receipt number (the secret's slow hash would cost every machine's report dearly)
        String secret = personFiles ? ReceiptSecret.generate() : null;
        if (secret != null) {
            complaint.protectWith(secret);
        }
        em.persist(complaint);
        em.flush();
        Optional<String> contact = given.contactEmail().map(String::strip);
        contact.ifPresent(email -> em.persist(new ComplaintContact(complaint.id(), email)));
        if (given.hasMessage()) {
            em.persist(new RawMessage(
                    complaint.id(), given.rawMessage(), MessageAnalyzer.sha256(given.rawMessage()), messageId));
        }
        new AnalysisJobs(em).enqueue(complaint.id().value(), AnalysisJobs.NEW_REPORT, now);
        metrics.accepted(given.intake(), 1);
        queued.fire(new AnalysisWorker.Queued());
        if (secret != null) {
            contact.ifPresent(email -> receiptIssued.fire(
                    new ReceiptMailing.Issued(email, complaint.receiptNumber(), secret, complaint.receivedAt())));
        }
        return new Receipt(complaint.id(), complaint.receiptNumber(), secret, complaint.receivedAt());
    }

    @Override
    public List<Receipt> fileAll(List<NewComplaint> given) {
        boolean machines = given.stream()
                .allMatch(c -> c.hasMessage() && (c.intake() == Intake.BULK_API || c.intake() == Intake.MAILBOX));
        if (!machines || given.stream().anyMatch(c -> c.intake() == Intake.MAILBOX)) {
            // a person's reports, or the mailbox's (which recognises messages it saw before): one by one
            return given.stream().map(this::file).toList();
        }
        load.started();
        try {
            return fileMachineBatch(given);
        } finally {
            load.finished();
        }
    }

    @Override
    public Optional<List<byte[]>> messagesOfMbox(InputStream mbox, long limit) throws IOException {
        return Mbox.read(mbox, limit);
    }

    /** Reports from partners' machines: a few statements for the whole batch. */
    private List<Receipt> fileMachineBatch(List<NewComplaint> given) {
        Instant now = clock.instant();
        // every report is checked before any is written: a malformed one refuses the batch
        List<Complaint> complaints = given.stream()
                .map(c -> Complaint.from(c, ReceiptNumber.random(), now))
                .toList();
        List<byte[]> messages = given.stream().map(NewComplaint::rawMessage).toList();
        List<Long> ids = repository.storeBatch(
                complaints,
                messages,
                messages.stream().map(MessageAnalyzer::sha256).toList(),
                given.stream()
                        .map(c -> c.contactEmail().map(String::strip).orElse(null))
                        .toList(),
                now);
        metrics.accepted(given.get(0).intake(), ids.size());
        queued.fire(new AnalysisWorker.Queued());
        var receipts = new ArrayList<Receipt>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Complaint c = complaints.get(i);
            receipts.add(new Receipt(new ComplaintId(ids.get(i)), c.receiptNumber(), null, c.receivedAt()));
        }
        return receipts;
    }

    private Optional<Receipt> earlierReport(byte[] raw, String messageId) {
        String sha256 = MessageAnalyzer.sha256(raw);
        Optional<Long> earlier = repository.earlierReport(sha256, messageId);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Complaint complaint = em.find(Complaint.class, earlier.get());
        return Optional.of(new Receipt(complaint.id(), complaint.receiptNumber(), null, complaint.receivedAt()));
    }

    private static final java.util.regex.Pattern MESSAGE_ID =
            java.util.regex.Pattern.compile("(?im)^Message-ID:\\s*(<[^>\\r\\n]{1,240}>)");

    /** The outer message's Message-ID, from its header block. */
    static String messageIdOf(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            end = head.indexOf("\n\n");
        }
        var m = MESSAGE_ID.matcher(end < 0 ? head : head.substring(0, end));
        return m.find() ? m.group(1) : null;
    }

    /** 55 random bits make a clash all but impossible; checking costs one index look-up. */
    private ReceiptNumber unusedReceiptNumber() {
        while (true) {
            ReceiptNumber candidate = ReceiptNumber.random();
            if (!repository.receiptNumberTaken(candidate.value())) {
                return candidate;
            }
        }
    }
}
