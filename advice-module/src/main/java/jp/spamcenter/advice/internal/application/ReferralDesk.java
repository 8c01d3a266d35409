package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.advice.api.ReferralFigures;
import jp.spamcenter.advice.api.ReferralRejected;
import jp.spamcenter.advice.api.Referrals;
import jp.spamcenter.advice.internal.domain.AgencyDispatch;
import jp.spamcenter.advice.internal.domain.BusinessCalendar;
import jp.spamcenter.advice.internal.domain.CaseEntry;
import jp.spamcenter.advice.internal.domain.CaseReferral;
import jp.spamcenter.advice.internal.domain.CitizenConsent;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.advice.internal.infrastructure.CenterContact;
import jp.spamcenter.advice.internal.infrastructure.PartnerMail;
import jp.spamcenter.complaint.api.AbuseReports;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ComplaintEvidence;
import jp.spamcenter.complaint.api.ComplaintId;

/**
 * Consents and referrals in the database, each step in the case's history. Personal data is read from the
 * complaint module only when a referral with consent is written out (and that read is in its access log).
 */
@ApplicationScoped
@Transactional
public class ReferralDesk implements Referrals {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    /** How long a partner has to acknowledge a referral before the advisors are reminded. */
    static final int ANSWER_WORKING_DAYS = 5;

    private static final ZoneId CENTER = CenterTime.ZONE;
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CENTER);

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    @Inject
    ComplaintEvidence evidence;

    @Inject
    PartnerMail mail;

    @Inject
    CenterContact contact;

    @Inject
    AbuseReports abuseReports;

    /** Tell the statistics what a changed case or referral counts as now. */
    @Inject
    Event<CaseFigures> caseFigures;

    @Inject
    Event<ReferralFigures> referralFigures;

    BusinessCalendar calendar = BusinessCalendar.CENTER;

    @Override
    public Consent recordConsent(
            long caseId, Set<PersonalItem> items, ConsentHow how, String givenBy, String recordedBy) {
        var c = lockedCase(caseId);
        Instant now = now();
        var consent = new CitizenConsent(caseId, items, how, givenBy, recordedBy, now);
        em.persist(consent);
        em.flush();
        record(c.referralStep(
                CaseEntryKind.CONSENT,
                "+ " + consent.items() + " (" + how + ", " + consent.view().givenBy() + ")",
                recordedBy,
                now));
        return consent.view();
    }

    @Override
    public Consent withdrawConsent(long consentId, String actor) {
        var consent = em.find(CitizenConsent.class, consentId, LockModeType.PESSIMISTIC_WRITE);
        if (consent == null) {
            throw new ReferralRejected("notFound", "there is no consent " + consentId);
        }
        if (consent.active()) {
            Instant now = now();
            consent.withdraw(actor, now);
            record(lockedCase(consent.caseId())
                    .referralStep(CaseEntryKind.CONSENT, "− " + consent.items(), actor, now));
        }
        return consent.view();
    }

    @Override
    public List<Consent> consents(long caseId) {
        return em.createQuery("SELECT c FROM CitizenConsent c WHERE c.caseId = :id ORDER BY c.id", CitizenConsent.class)
                .setParameter("id", caseId)
                .getResultStream()
                .map(CitizenConsent::view)
                .toList();
    }

    @Override
    public String draftSummary(long caseId) {
        var c = em.find(ConsultationCase.class, caseId);
        if (c == null) {
            throw new ReferralRejected("noCase", "there is no case " + caseId);
        }
        var s = c.summary();
        long reports = em.createQuery("SELECT COUNT(r) FROM CaseReport r WHERE r.caseId = :id", Long.class)
                .setParameter("id", caseId)
                .getSingleResult();
        return "迷惑メール相談センター 受付 " + DAY.format(s.openedAt()) + "（受付番号 " + s.receiptNumber() + "）\n"
                + "分類: " + categoryJa(s.category()) + "\n"
                + "件名: " + (s.subject() == null ? "—" : s.subject()) + "\n"
                + "同じ内容の情報提供: " + reports + " 件\n"
                + "相談の要点: ";
    }

    @Override
    public Referral prepare(NewReferral draft, String actor) {
        var c = lockedCase(draft.caseId());
        CitizenConsent consent = draft.consentId() == null ? null : em.find(CitizenConsent.class, draft.consentId());
        var referral = new CaseReferral(draft, consent, actor, now());
        em.persist(referral);
        em.flush();
        record(c.referralStep(
                CaseEntryKind.REFERRAL,
                "#" + referral.id() + " " + referral.destinationName() + ": DRAFT",
                actor,
                now()));
        published(referral);
        return referral.view();
    }

    @Override
    public Referral send(long referralId, String actor) {
        var referral = lockedReferral(referralId);
        var c = lockedCase(referral.caseId());
        CitizenConsent consent =
                referral.consentId() == null ? null : em.find(CitizenConsent.class, referral.consentId());
        Instant now = now();
        referral.send(consent, now, calendar.plus(now, calendar.day().multipliedBy(ANSWER_WORKING_DAYS)));
        if (referral.channel() == Channel.MAIL) {
            try {
                mail.send(letterOf(referral, c, consent, actor));
            } catch (MessagingException | RuntimeException e) {
                throw new ReferralRejected(
                        "mailFailed", "the mail server did not take the referral: " + e.getMessage(), e);
            }
        }
        record(c.referralStep(
                CaseEntryKind.REFERRAL,
                "#" + referral.id() + " " + referral.destinationName() + ": SENT (" + referral.channel() + ")",
                actor,
                now));
        if (c.status() != CaseStatus.REFERRED && c.status().canMoveTo(CaseStatus.REFERRED)) {
            record(c.moveTo(CaseStatus.REFERRED, actor, now));
        }
        published(referral);
        return referral.view();
    }

    @Override
    public Letter letter(long referralId, String actor) {
        var referral = em.find(CaseReferral.class, referralId);
        if (referral == null) {
            throw new ReferralRejected("notFound", "there is no referral " + referralId);
        }
        var c = em.find(ConsultationCase.class, referral.caseId());
        CitizenConsent consent =
                referral.consentId() == null ? null : em.find(CitizenConsent.class, referral.consentId());
        return letterOf(referral, c, consent, actor);
    }

    @Override
    public Referral acknowledge(long referralId, String feedback, String actor) {
        var referral = lockedReferral(referralId);
        Instant now = now();
        referral.acknowledge(feedback, now);
        record(lockedCase(referral.caseId())
                .referralStep(
                        CaseEntryKind.REFERRAL,
                        "#" + referral.id() + " " + referral.destinationName() + ": ACKNOWLEDGED",
                        actor,
                        now));
        published(referral);
        return referral.view();
    }

    @Override
    public Referral resolve(long referralId, ReferralOutcome outcome, String feedback, String actor) {
        var referral = lockedReferral(referralId);
        Instant now = now();
        referral.resolve(outcome, feedback, now);
        record(lockedCase(referral.caseId())
                .referralStep(
                        CaseEntryKind.REFERRAL,
                        "#" + referral.id() + " " + referral.destinationName() + ": RESOLVED (" + outcome + ")",
                        actor,
                        now));
        published(referral);
        return referral.view();
    }

    @Override
    public Referral cancel(long referralId, String actor) {
        var referral = lockedReferral(referralId);
        referral.cancel();
        record(lockedCase(referral.caseId())
                .referralStep(
                        CaseEntryKind.REFERRAL,
                        "#" + referral.id() + " " + referral.destinationName() + ": CANCELLED",
                        actor,
                        now()));
        published(referral);
        return referral.view();
    }

    @Override
    public Optional<Referral> find(long referralId) {
        return Optional.ofNullable(em.find(CaseReferral.class, referralId)).map(CaseReferral::view);
    }

    @Override
    public List<Referral> ofCase(long caseId) {
        return em.createQuery("SELECT r FROM CaseReferral r WHERE r.caseId = :id ORDER BY r.id", CaseReferral.class)
                .setParameter("id", caseId)
                .getResultStream()
                .map(CaseReferral::view)
                .toList();
    }

    @Override
    public List<Referral> unanswered() {
        return em.createQuery(
                        "SELECT r FROM CaseReferral r WHERE r.state = :sent AND r.remindedAt IS NOT NULL"
                                + " ORDER BY r.sentAt",
                        CaseReferral.class)
                .setParameter("sent", ReferralState.SENT)
                .setMaxResults(500)
                .getResultStream()
                .map(CaseReferral::view)
                .toList();
    }

    @Override
    public Dispatch recordDispatch(Dispatch dispatch) {
        var row = new AgencyDispatch(dispatch);
        em.persist(row);
        em.flush();
        return row.view();
    }

    @Override
    public List<Dispatch> dispatches(int limit) {
        return em.createQuery("SELECT d FROM AgencyDispatch d ORDER BY d.at DESC, d.id DESC", AgencyDispatch.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(AgencyDispatch::view)
                .toList();
    }

    /**
     * Marks sent referrals whose answer is overdue and writes it in their cases' history; any instance may run
     * it (rows claimed with SKIP LOCKED). Returns how many were reminded of.
     */
    int remindDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM adv_referral WHERE state = 'SENT' AND remind_at <= ?"
                        + " AND reminded_at IS NULL ORDER BY remind_at LIMIT 200 FOR UPDATE SKIP LOCKED")
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        int reminded = 0;
        for (Number id : ids) {
            var referral = em.find(CaseReferral.class, id.longValue());
            if (referral.dueReminder(now)) {
                referral.reminded(now);
                record(em.find(ConsultationCase.class, referral.caseId())
                        .referralStep(
                                CaseEntryKind.REFERRAL_REMINDER,
                                "#" + referral.id() + " " + referral.destinationName(),
                                null,
                                now));
                reminded++;
            }
        }
        return reminded;
    }

    /** The referral as the partner reads it; personal data only as far as its consent, still given, covers. */
    private Letter letterOf(CaseReferral referral, ConsultationCase c, CitizenConsent consent, String actor) {
        var view = referral.view();
        Set<PersonalItem> data = view.personalData();
        boolean withData = !data.isEmpty() && consent != null && consent.covers(data);
        boolean english = view.kind() == DestinationKind.FOREIGN_AGENCY;
        var body = new StringBuilder();
        var attachments = new ArrayList<Attachment>();
        ComplaintId report = new ComplaintId(c.complaintId());
        if (english) {
            body.append(view.destinationName())
                    .append("\n\n")
                    .append("The Spam Complaint and Consultation Center (Japan) refers the following case to you.\n")
                    .append("Referral: R-")
                    .append(view.id())
                    .append("\nReason: ")
                    .append(view.reason())
                    .append("\n\n")
                    .append(view.summary())
                    .append("\n\n");
        } else {
            body.append(view.destinationName())
                    .append(" 御中\n\n")
                    .append("迷惑メール相談センターより、次のご相談を引き継ぎます。\n")
                    .append("引き継ぎ番号: R-")
                    .append(view.id())
                    .append("\n")
                    .append("理由: ")
                    .append(reasonJa(view.reason()))
                    .append("\n\n")
                    .append("【概要】\n")
                    .append(view.summary())
                    .append("\n\n");
        }
        if (view.kind() == DestinationKind.CARRIER) {
            carrierEvidence(c, actor, english, body, attachments, view.id());
        }
        if (withData) {
            var given = consent.view();
            body.append(english ? "Passed on with the citizen's consent (" : "【ご本人の同意を得て提供する情報】（同意: ")
                    .append(
                            given.how() == ConsentHow.PHONE
                                    ? (english ? "by phone" : "電話")
                                    : (english ? "on the web" : "Web"))
                    .append(", ")
                    .append(DAY.format(given.givenAt()))
                    .append(", ")
                    .append(given.givenBy())
                    .append(english ? ")\n" : "）\n");
            if (data.contains(PersonalItem.CONTACT_EMAIL)) {
                body.append(english ? "Contact address: " : "連絡先メールアドレス: ")
                        .append(evidence.contactAddress(report, actor).orElse("—"))
                        .append("\n");
            }
            if (data.contains(PersonalItem.CITIZEN_TEXT)) {
                evidence.evidence(report, actor)
                        .ifPresent(e -> body.append(english ? "What the citizen wrote:\n" : "ご本人の記載:\n")
                                .append(e.description() == null ? "—" : e.description())
                                .append("\n"));
                citizenMessages(c).forEach(m -> body.append("— ").append(m).append("\n"));
            }
            if (data.contains(PersonalItem.ORIGINAL_MESSAGE)) {
                evidence.original(report, actor)
                        .ifPresent(o -> attachments.add(new Attachment(o.fileName(), "message/rfc822", o.content())));
                body.append(english ? "The spam as received is attached.\n" : "受信したメールを添付します。\n");
            }
            body.append("\n");
        } else {
            body.append(
                    english
                            ? "This referral carries no personal data.\n\n"
                            : "この引き継ぎには個人情報を含みません。ご本人から直接ご連絡がある場合があります。\n\n");
        }
        // mailed or printed, the letter says how to reach the center: a printed one has no mail to reply to
        body.append(contact.askForOutcome(view.id(), english)).append("\n").append(contact.signature(english));
        String subject = english
                ? "Referral R-" + view.id() + " from the Spam Complaint and Consultation Center, Japan"
                : "【迷惑メール相談センター】ご相談の引き継ぎ（R-" + view.id() + "）";
        return new Letter(view.destinationContact(), subject, body.toString(), attachments);
    }

    /**
     * A carrier notice carries the evidence of every report of the case (a campaign's, a merged case's): each
     * spam without its recipient's addresses, in one zip, and what the reports have in common. No consent is
     * needed: nothing of the citizens goes with it.
     */
    private void carrierEvidence(
            ConsultationCase c,
            String actor,
            boolean english,
            StringBuilder body,
            List<Attachment> attachments,
            long id) {
        List<ComplaintId> reports = em.createQuery(
                        "SELECT r.complaintId FROM CaseReport r WHERE r.caseId = :id ORDER BY r.complaintId",
                        Long.class)
                .setParameter("id", c.id())
                .getResultStream()
                .map(ComplaintId::new)
                .toList();
        var evidence = abuseReports.evidence(reports, actor);
        String first = evidence.firstSeen() == null ? "—" : DAY.format(evidence.firstSeen());
        String last = evidence.lastSeen() == null ? "—" : DAY.format(evidence.lastSeen());
        String domains = evidence.senderDomains().isEmpty() ? "—" : String.join(", ", evidence.senderDomains());
        String ips = evidence.originIps().isEmpty() ? "—" : String.join(", ", evidence.originIps());
        String subjects = evidence.subjects().isEmpty() ? "—" : String.join(" / ", evidence.subjects());
        if (english) {
            body.append("Evidence: ")
                    .append(evidence.reports())
                    .append(" report(s), first ")
                    .append(first)
                    .append(", last ")
                    .append(last)
                    .append("\nSender domains: ")
                    .append(domains)
                    .append("\nOriginating IPs: ")
                    .append(ips)
                    .append("\nSubjects: ")
                    .append(subjects)
                    .append("\n");
        } else {
            body.append("【証拠】\n情報提供 ")
                    .append(evidence.reports())
                    .append(" 件（最初 ")
                    .append(first)
                    .append("、最後 ")
                    .append(last)
                    .append("）\n送信元ドメイン: ")
                    .append(domains)
                    .append("\n送信元IPアドレス: ")
                    .append(ips)
                    .append("\n件名: ")
                    .append(subjects)
                    .append("\n");
        }
        if (!evidence.messages().isEmpty()) {
            body.append(
                    english
                            ? evidence.messages().size()
                                    + " message(s) attached as received, the recipients' addresses redacted.\n"
                            : "受信したメール " + evidence.messages().size() + " 通を添付します（受信者のアドレスは伏せています）。\n");
            attachments.add(new Attachment("evidence-R-" + id + ".zip", "application/zip", zip(evidence)));
        }
        body.append("\n");
    }

    private static byte[] zip(AbuseReports.EvidencePackage evidence) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var message : evidence.messages()) {
                zip.putNextEntry(new ZipEntry(message.fileName()));
                zip.write(message.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<String> citizenMessages(ConsultationCase c) {
        return em.createQuery(
                        "SELECT e FROM CaseEntry e WHERE e.caseId = :id AND e.kind = :kind ORDER BY e.at, e.id",
                        CaseEntry.class)
                .setParameter("id", c.id())
                .setParameter("kind", CaseEntryKind.CITIZEN_MESSAGE)
                .getResultStream()
                .map(e -> e.view().body())
                .toList();
    }

    private ConsultationCase lockedCase(long caseId) {
        var c = em.find(ConsultationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new ReferralRejected("noCase", "there is no case " + caseId);
        }
        return c;
    }

    private CaseReferral lockedReferral(long referralId) {
        var referral = em.find(CaseReferral.class, referralId, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null) {
            throw new ReferralRejected("notFound", "there is no referral " + referralId);
        }
        return referral;
    }

    private void record(CaseEntry entry) {
        if (entry != null) {
            em.persist(entry);
            em.flush();
            CaseWork.publish(caseFigures, em.find(ConsultationCase.class, entry.caseId()), calendar);
        }
    }

    /** Tells the statistics what the referral counts as now (not outside a container: nobody listens there). */
    private void published(CaseReferral referral) {
        if (referralFigures != null) {
            referralFigures.fire(referral.figures());
        }
    }

    private static String reasonJa(ReferralReason reason) {
        return switch (reason) {
            case MONEY_LOST -> "金銭の被害があった";
            case BILLED -> "請求を受けている";
            case DATA_GIVEN -> "個人情報・認証情報を入力してしまった";
            case ACCOUNT_SUSPENSION -> "送信元の利用停止の依頼";
            case ENFORCEMENT -> "法執行機関への情報提供";
            case OTHER -> "その他";
        };
    }

    private static String categoryJa(String category) {
        if (category == null) {
            return "その他";
        }
        return switch (category) {
            case "DATING" -> "出会い系";
            case "FINANCE" -> "金融・融資";
            case "ADULT" -> "アダルト";
            case "BILLING_FRAUD" -> "架空請求";
            case "PHISHING" -> "フィッシング";
            case "GAMBLING" -> "ギャンブル";
            default -> "その他";
        };
    }

    private Instant now() {
        return clock.instant();
    }
}
