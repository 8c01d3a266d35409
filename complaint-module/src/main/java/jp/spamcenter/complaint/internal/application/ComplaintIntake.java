package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ComplaintRejected;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.MessageAnalysis;
import jp.spamcenter.complaint.api.NewComplaint;
import jp.spamcenter.complaint.api.Receipt;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.analysis.MessageAnalyzer;
import jp.spamcenter.complaint.internal.analysis.SenderCheck;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.ComplaintContact;
import jp.spamcenter.complaint.internal.domain.RawMessage;
import jp.spamcenter.complaint.internal.domain.ReceiptSecret;
import jp.spamcenter.complaint.internal.domain.ReportedMessage;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;
import jp.spamcenter.complaint.internal.infrastructure.OutboxRelay;
import jp.spamcenter.complaint.internal.infrastructure.OutboxStore;
import jp.spamcenter.complaint.internal.infrastructure.ReceiptMailing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Files a citizen's complaint: the report, its contact apart, its analysis and its event, in one transaction. */
@ApplicationScoped
@Transactional
public class ComplaintIntake implements ComplaintService {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    Event<OutboxRelay.Appended> appended;

    @Inject
    MessageAnalysis analysis;

    @Inject
    Event<ReceiptMailing.Issued> receiptIssued;

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    @ConfigProperty(name = "mailbox.acknowledge", defaultValue = "false")
    boolean acknowledgeMailbox;

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
        // the message itself, when given, is analysed first: it must be one, and it supplies subject and text
        AnalysisResult messageAnalysis = given.hasMessage()
                        && given.rawMessage().length > 0
                        && given.rawMessage().length <= Complaint.MESSAGE_MAX
                ? analysis.analyse(given.rawMessage())
                : null;
        // a citizen's upload must be an e-mail; what reached the mailbox or came from a partner is kept whatever
        // it is, so that nothing accepted is lost (its analysis says UNPARSEABLE and why)
        boolean personFiles = given.intake() == Intake.WEB_FORM || given.intake() == Intake.PHONE;
        if (personFiles && messageAnalysis != null && !isEmailMessage(messageAnalysis)) {
            throw new ComplaintRejected(
                    List.of(new ComplaintRejected.Reason("message", "complaint.message.notAnEmail")));
        }
        NewComplaint input = messageAnalysis == null ? given : withSubjectAndText(given, messageAnalysis);
        if (given.intake() == Intake.MAILBOX && messageAnalysis != null && messageAnalysis.reporter() != null) {
            // the citizen's own address is the sender of the forward around the spam
            input = withContact(
                    input, SenderCheck.address(messageAnalysis.reporter().from()));
        }
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
        new OutboxStore(em)
                .append(
                        new ComplaintReceived(
                                complaint.id().value(),
                                complaint.receiptNumber().value(),
                                complaint.subject(),
                                complaint.prefectureCode(),
                                complaint.receivedAt(),
                                result.category() == null
                                        ? null
                                        : result.category().code()),
                        now);
        appended.fire(new OutboxRelay.Appended());
        if (given.intake() != Intake.MAILBOX || acknowledgeMailbox) {
            input.contactEmail()
                    .ifPresent(email -> receiptIssued.fire(new ReceiptMailing.Issued(
                            email.strip(), complaint.receiptNumber(), secret, complaint.receivedAt())));
        }
        return new Receipt(complaint.id(), complaint.receiptNumber(), secret, complaint.receivedAt());
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

    private static NewComplaint withContact(NewComplaint input, String email) {
        return email == null
                ? input
                : new NewComplaint(
                        input.subject(),
                        input.messageText(),
                        input.prefectureCode(),
                        Optional.of(email),
                        input.channel(),
                        input.rawMessage(),
                        input.intake(),
                        input.filedBy());
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
