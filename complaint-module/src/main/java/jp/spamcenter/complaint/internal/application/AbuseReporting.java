package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.api.AbuseReportRejected;
import jp.spamcenter.complaint.api.AbuseReports;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.internal.abuse.ArfReport;
import jp.spamcenter.complaint.internal.abuse.RecipientRedaction;
import jp.spamcenter.complaint.internal.abuse.Spam;
import jp.spamcenter.complaint.internal.abuse.XarfDocument;
import jp.spamcenter.complaint.internal.abuse.XarfSchema;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.RawMessage;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;
import jp.spamcenter.complaint.internal.infrastructure.AccessLog;
import jp.spamcenter.complaint.internal.infrastructure.ComplaintRepository;

/** Abuse reports from stored reports and their analysis; each document made is in the access log. */
@ApplicationScoped
@Transactional
public class AbuseReporting implements AbuseReports {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    private static final Pattern MAILBOX = Pattern.compile("[^\\s@<>()\",;:]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final int URLS_TOLD = 5;

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    ComplaintAnalysis analysis;

    @Inject
    ComplaintRepository complaints;

    @Inject
    AccessLog accessLog;

    public AbuseReporting() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public AbuseReporting(EntityManager em, Clock clock, ComplaintAnalysis analysis) {
        this.em = em;
        this.clock = clock;
        this.analysis = analysis;
        this.complaints = new ComplaintRepository(em);
        this.accessLog = new AccessLog(em);
    }

    @Override
    public List<CountryCount> originCountries(LocalDate from, LocalDate toExclusive) {
        return complaints.originCountries(utc(from), utc(toExclusive));
    }

    @Override
    public List<ComplaintId> fromCountry(
            String country, LocalDate from, LocalDate toExclusive, long afterId, int limit) {
        return complaints.withMessageFromCountry(country, utc(from), utc(toExclusive), afterId, limit);
    }

    @Override
    public Document xarf(ComplaintId complaint, Reporter reporter, String readBy) {
        Spam spam = spam(complaint);
        UUID reportId = UUID.randomUUID();
        String json = XarfDocument.of(reportId, spam, reporter);
        List<String> problems = XarfSchema.problems(json);
        if (!problems.isEmpty()) {
            throw new AbuseReportRejected(
                    "invalid",
                    "the X-ARF document fails the v4 schema: " + problems.subList(0, Math.min(5, problems.size())));
        }
        accessLog.read(complaint, readBy, "XARF", clock.instant());
        return new Document(complaint, reportId.toString(), "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Document arf(ComplaintId complaint, Reporter reporter, String readBy) {
        Spam spam = spam(complaint);
        String messageId = UUID.randomUUID() + "@" + reporter.domain();
        byte[] report = ArfReport.of(messageId, spam, reporter);
        accessLog.read(complaint, readBy, "ARF", clock.instant());
        return new Document(complaint, messageId, "message/rfc822", report);
    }

    @Override
    public EvidencePackage evidence(Collection<ComplaintId> reports, String readBy) {
        var messages = new ArrayList<Document>();
        var withoutMessage = new ArrayList<ComplaintId>();
        var senderDomains = new TreeSet<String>();
        var originIps = new TreeSet<String>();
        var subjects = new LinkedHashSet<String>();
        var smsSenders = new TreeSet<String>();
        Instant first = null;
        Instant last = null;
        List<ComplaintId> inOrder = reports.stream()
                .map(ComplaintId::value)
                .distinct()
                .sorted()
                .map(ComplaintId::new)
                .toList();
        for (ComplaintId id : inOrder) {
            Complaint complaint = em.find(Complaint.class, id.value());
            if (complaint == null) {
                continue;
            }
            first = first == null || complaint.receivedAt().isBefore(first) ? complaint.receivedAt() : first;
            last = last == null || complaint.receivedAt().isAfter(last) ? complaint.receivedAt() : last;
            if (complaint.smsSender() != null) {
                smsSenders.add(complaint.smsSender()); // the number or name a carrier blocks
            }
            if (complaint.channel() == jp.spamcenter.complaint.api.Channel.SMS
                    && complaint.messageText() != null
                    && !complaint.messageText().isBlank()) {
                // the SMS itself, as the citizen pasted it, without the names it greets its victim by
                accessLog.read(id, readBy, "EVIDENCE_PACKAGE", clock.instant());
                messages.add(
                        new Document(id, "sms-" + id.value(), "text/plain; charset=UTF-8", smsDocument(complaint)));
                continue;
            }
            StoredAnalysis stored = em.find(StoredAnalysis.class, id.value());
            AnalysisResult result = stored == null ? null : EvidenceDesk.analysis(id, stored);
            if (result != null) {
                if (result.sender() != null && result.sender().domain() != null) {
                    senderDomains.add(result.sender().domain());
                }
                if (result.origin() != null && result.origin().ip() != null) {
                    originIps.add(result.origin().ip());
                }
                if (result.spam() != null && result.spam().subject() != null && subjects.size() < 20) {
                    subjects.add(result.spam().subject());
                }
            }
            RawMessage raw = em.find(RawMessage.class, id.value());
            var spam = raw == null || (result != null && result.wrapping() == AnalysisResult.Wrapping.INLINE_FORWARD)
                    ? java.util.Optional.<byte[]>empty()
                    : analysis.spamMessage(raw.content());
            if (spam.isEmpty()) {
                withoutMessage.add(id);
                continue;
            }
            accessLog.read(id, readBy, "EVIDENCE_PACKAGE", clock.instant());
            messages.add(
                    new Document(id, "report-" + id.value(), "message/rfc822", RecipientRedaction.redact(spam.get())));
        }
        return new EvidencePackage(
                messages,
                withoutMessage,
                first,
                last,
                List.copyOf(senderDomains),
                List.copyOf(originIps),
                List.copyOf(subjects),
                List.copyOf(smsSenders));
    }

    /** An SMS as a carrier needs it: the sender, when it arrived, and the text without its recipient. */
    private static byte[] smsDocument(Complaint complaint) {
        var text = new StringBuilder();
        text.append("SMS sender / 送信元: ")
                .append(complaint.smsSender() == null ? "-" : complaint.smsSender())
                .append("\r\n");
        text.append("Received / 受信日時: ")
                .append(
                        complaint.smsReceivedAt() == null
                                ? "-"
                                : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                        complaint.smsReceivedAt().atZone(jp.spamcenter.complaint.api.CenterTime.ZONE)))
                .append("\r\n");
        text.append("Reported / 申告日時: ")
                .append(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        complaint.receivedAt().atZone(jp.spamcenter.complaint.api.CenterTime.ZONE)))
                .append("\r\n\r\n");
        text.append(jp.spamcenter.complaint.internal.abuse.SmsRedaction.redact(complaint.messageText())
                .replace("\r\n", "\n")
                .replace("\n", "\r\n"));
        text.append("\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What a report tells of its spam, or why it cannot be told. */
    private Spam spam(ComplaintId id) {
        Complaint complaint = em.find(Complaint.class, id.value());
        if (complaint == null) {
            throw new AbuseReportRejected("notFound", "no report " + id.value());
        }
        RawMessage raw = em.find(RawMessage.class, id.value());
        if (raw == null) {
            throw new AbuseReportRejected("noMessage", "report " + id.value() + " was described, not sent");
        }
        StoredAnalysis stored = em.find(StoredAnalysis.class, id.value());
        AnalysisResult result = stored == null ? null : EvidenceDesk.analysis(id, stored);
        if (result == null || result.wrapping() == AnalysisResult.Wrapping.INLINE_FORWARD) {
            throw new AbuseReportRejected(
                    "inlineForward", "report " + id.value() + " has no analysis of the spam's own headers");
        }
        if (result.origin() == null || result.origin().ip() == null) {
            throw new AbuseReportRejected("noOrigin", "report " + id.value() + " has no originating IP");
        }
        String mailFrom =
                mailbox(result.sender() == null ? null : result.sender().returnPath());
        if (mailFrom == null) {
            mailFrom = mailbox(result.sender() == null ? null : result.sender().address());
        }
        if (mailFrom == null) {
            throw new AbuseReportRejected("noSender", "report " + id.value() + " names no usable sender address");
        }
        byte[] message = analysis.spamMessage(raw.content())
                .orElseThrow(() -> new AbuseReportRejected(
                        "inlineForward", "report " + id.value() + " holds no readable spam message"));
        Instant receivedAt = result.hops().stream()
                .filter(h -> h.index() == result.origin().hopIndex() && h.date() != null)
                .map(AnalysisResult.Hop::date)
                .findFirst()
                .orElse(
                        result.spam() != null && result.spam().date() != null
                                ? result.spam().date()
                                : complaint.receivedAt());
        // what goes abroad beside the message is redacted as the message is: a subject or a link may name the
        // recipient too
        var redaction = RecipientRedaction.of(message);
        return new Spam(
                receivedAt,
                result.origin().ip(),
                mailFrom,
                redaction.text(result.sender() == null ? null : result.sender().displayName()),
                redaction.text(result.spam() == null ? null : result.spam().subject()),
                result.spam() == null ? null : result.spam().messageId(),
                result.category() == null ? null : result.category().code(),
                result.campaignKey(),
                result.indicators() == null
                        ? List.of()
                        : result.indicators().urls().stream()
                                .limit(URLS_TOLD)
                                .map(redaction::text)
                                .toList(),
                redaction.message(message));
    }

    private static String mailbox(String value) {
        if (value == null) {
            return null;
        }
        var m = MAILBOX.matcher(value);
        return m.find() ? m.group() : null;
    }

    private static LocalDateTime utc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(CenterTime.ZONE).toInstant(), ZoneOffset.UTC);
    }
}
