package jp.spamcenter.complaint.internal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ComplaintRejected;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.MessageAnalysis;
import jp.spamcenter.complaint.api.NewComplaint;
import jp.spamcenter.complaint.api.Receipt;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.analysis.MessageAnalyzer;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.ComplaintContact;
import jp.spamcenter.complaint.internal.domain.RawMessage;
import jp.spamcenter.complaint.internal.domain.ReceiptSecret;
import jp.spamcenter.complaint.internal.domain.ReportedMessage;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;
import jp.spamcenter.complaint.internal.infrastructure.AnalysisJobs;
import jp.spamcenter.complaint.internal.infrastructure.BulkInsert;
import jp.spamcenter.complaint.internal.infrastructure.ReceiptMailing;

/**
 * Files a report in one transaction: the report, its contact apart, the message's bytes, and either its analysis
 * and event (a person filing: the upload must be an e-mail, and its subject and text fill the report) or its
 * place in the analysis queue (the mailbox and partners: stored first, analysed after commit, see
 * {@link AnalysisWorker}).
 */
@ApplicationScoped
@Transactional
public class ComplaintIntake implements ComplaintService {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    IntakeLoad load;

    @Inject
    ReceivedEvents received;

    @Inject
    MessageAnalysis analysis;

    @Inject
    Event<ReceiptMailing.Issued> receiptIssued;

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Event<AnalysisWorker.Queued> queued;

    /** The transaction's connection, shared with JPA's work by the container: for batches of reports. */
    @Resource(lookup = "java:app/jdbc/spamcenter")
    DataSource dataSource;

    @Override
    public Receipt file(NewComplaint given) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
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
        if (!personFiles && given.hasMessage()) {
            return queueForAnalysis(given, messageId, now);
        }
        // a person's upload is analysed first: it must be an e-mail, and it supplies subject and text
        AnalysisResult messageAnalysis = given.hasMessage()
                        && given.rawMessage().length > 0
                        && given.rawMessage().length <= Complaint.MESSAGE_MAX
                ? analysis.analyse(given.rawMessage())
                : null;
        if (messageAnalysis != null && !isEmailMessage(messageAnalysis)) {
            throw new ComplaintRejected(
                    List.of(new ComplaintRejected.Reason("message", "complaint.message.notAnEmail")));
        }
        NewComplaint input = messageAnalysis == null ? given : withSubjectAndText(given, messageAnalysis);
        Complaint complaint = Complaint.from(input, unusedReceiptNumber(), now);
        String secret = ReceiptSecret.generate();
        complaint.protectWith(secret);
        em.persist(complaint);
        em.flush();
        input.contactEmail().ifPresent(email -> em.persist(new ComplaintContact(complaint.id(), email)));
        // the analysis never throws and takes milliseconds; it is kept with the report, the message unaltered
        AnalysisResult result = messageAnalysis != null
                ? messageAnalysis
                : analysis.analyse(ReportedMessage.of(complaint.subject(), complaint.messageText()));
        if (input.hasMessage()) {
            em.persist(new RawMessage(complaint.id(), input.rawMessage(), result.sha256(), messageId));
        }
        em.persist(StoredAnalysis.of(complaint.id(), result, JSON.toJson(result), now));
        received.publish(complaint, result, true, now);
        input.contactEmail()
                .ifPresent(email -> receiptIssued.fire(new ReceiptMailing.Issued(
                        email.strip(), complaint.receiptNumber(), secret, complaint.receivedAt())));
        return new Receipt(complaint.id(), complaint.receiptNumber(), secret, complaint.receivedAt());
    }

    /**
     * A message from the mailbox or a partner: kept whatever it is, so that nothing accepted is lost (an
     * unreadable one gets an analysis that says so, or is quarantined). The analysis completes the report.
     */
    private Receipt queueForAnalysis(NewComplaint given, String messageId, Instant now) {
        // no secret yet: nobody is shown one here (a partner keeps the receipt number; a citizen who forwarded
        // mail gets the secret with the acknowledgement), and its slow hash would cost every report dearly
        // 55 random bits: a clash is all but impossible, and the unique key would refuse it (the partner retries
        // with its Idempotency-Key); machines file in bulk, so the look-up a person's report gets is spared here
        Complaint complaint = Complaint.from(given, ReceiptNumber.random(), now);
        em.persist(complaint);
        em.flush();
        given.contactEmail().ifPresent(email -> em.persist(new ComplaintContact(complaint.id(), email.strip())));
        em.persist(new RawMessage(
                complaint.id(), given.rawMessage(), MessageAnalyzer.sha256(given.rawMessage()), messageId));
        new AnalysisJobs(em).enqueue(complaint.id().value(), AnalysisJobs.NEW_REPORT, now);
        queued.fire(new AnalysisWorker.Queued());
        return new Receipt(complaint.id(), complaint.receiptNumber(), null, complaint.receivedAt());
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

    /** Reports from partners' machines: a few statements for the whole batch. */
    private List<Receipt> fileMachineBatch(List<NewComplaint> given) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // every report is checked before any is written: a malformed one refuses the batch
        List<Complaint> complaints = given.stream()
                .map(c -> Complaint.from(c, ReceiptNumber.random(), now))
                .toList();
        try (Connection connection = dataSource.getConnection()) {
            var insert = new BulkInsert(connection);
            List<Long> ids = insert.complaints(complaints);
            var raws = new ArrayList<BulkInsert.Raw>(given.size());
            for (int i = 0; i < given.size(); i++) {
                byte[] raw = given.get(i).rawMessage();
                raws.add(new BulkInsert.Raw(ids.get(i), raw, MessageAnalyzer.sha256(raw), null));
            }
            insert.rawMessages(raws);
            insert.contacts(
                    ids,
                    given.stream()
                            .map(c -> c.contactEmail().map(String::strip).orElse(null))
                            .toList());
            insert.analysisJobs(ids, now);
            queued.fire(new AnalysisWorker.Queued());
            var receipts = new ArrayList<Receipt>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                Complaint c = complaints.get(i);
                receipts.add(new Receipt(new ComplaintId(ids.get(i)), c.receiptNumber(), null, c.receivedAt()));
            }
            return receipts;
        } catch (SQLException e) {
            throw new IllegalStateException("the reports could not be stored: " + e.getMessage(), e);
        }
    }

    private Optional<Receipt> earlierReport(byte[] raw, String messageId) {
        String sha256 = MessageAnalyzer.sha256(raw);
        var earlier = em.createQuery(
                        "SELECT r.complaintId FROM RawMessage r WHERE r.sha256 = :sha OR (:id IS NOT NULL AND r.messageId = :id)",
                        Long.class)
                .setParameter("sha", sha256)
                .setParameter("id", messageId)
                .setMaxResults(1)
                .getResultList();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Complaint complaint = em.find(Complaint.class, earlier.get(0));
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

    /** A file that is no e-mail at all (an image, a document) has no header the analysis could read. */
    private static boolean isEmailMessage(AnalysisResult result) {
        return result.status() != AnalysisResult.Status.UNPARSEABLE
                && result.problems().stream().noneMatch(p -> p.startsWith("no message header found"));
    }

    /** The citizen's own subject and text when typed, else the message's. */
    private static NewComplaint withSubjectAndText(NewComplaint given, AnalysisResult result) {
        String subject = given.subject() != null && !given.subject().isBlank()
                ? given.subject()
                : result.spam() == null || result.spam().subject() == null
                        ? ""
                        : result.spam().subject();
        if (subject.length() > Complaint.SUBJECT_MAX) {
            subject = subject.substring(0, Complaint.SUBJECT_MAX);
        }
        String text = given.messageText() != null && !given.messageText().isBlank()
                ? given.messageText()
                : result.textExcerpt() == null ? "" : result.textExcerpt();
        return new NewComplaint(
                subject,
                text,
                given.prefectureCode(),
                given.contactEmail(),
                given.channel(),
                given.rawMessage(),
                given.intake(),
                given.filedBy());
    }

    /** 55 random bits make a clash all but impossible; checking costs one index look-up. */
    private ReceiptNumber unusedReceiptNumber() {
        while (true) {
            ReceiptNumber candidate = ReceiptNumber.random();
            long taken = em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.receiptNumber = :n", Long.class)
                    .setParameter("n", candidate.value())
                    .getSingleResult();
            if (taken == 0) {
                return candidate;
            }
        }
    }
}
