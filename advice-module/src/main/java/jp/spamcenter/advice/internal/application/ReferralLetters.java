package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.Referrals.Attachment;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.api.Referrals.Letter;
import jp.spamcenter.advice.api.Referrals.PersonalItem;
import jp.spamcenter.advice.internal.domain.CaseReferral;
import jp.spamcenter.advice.internal.domain.CitizenConsent;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;
import jp.spamcenter.advice.internal.infrastructure.CenterContact;
import jp.spamcenter.complaint.api.AbuseReports;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ComplaintEvidence;
import jp.spamcenter.complaint.api.ComplaintId;

/**
 * The letters a referral sends or prints: in Japanese, or in English to an agency abroad, their texts from the
 * module's bundles ({@code letters.properties}, {@code letters_ja.properties}). Personal data goes into a letter
 * only with the citizen's consent covering it, read through the complaint module (and so in its access log); a
 * carrier's notice carries every report of the case as evidence, without its recipients.
 */
@ApplicationScoped
public class ReferralLetters {

    private static final String BUNDLE = "jp.spamcenter.advice.internal.application.letters";
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CenterTime.ZONE);

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    @Inject
    ComplaintEvidence evidence;

    @Inject
    CenterContact contact;

    @Inject
    AbuseReports abuseReports;

    /** The letter of a referral: to the partner's contact, with its attachments. */
    Letter of(CaseReferral referral, ConsultationCase c, CitizenConsent consent, String actor) {
        var view = referral.view();
        Set<PersonalItem> data = view.personalData();
        boolean withData = !data.isEmpty() && consent != null && consent.covers(data);
        boolean english = view.kind() == DestinationKind.FOREIGN_AGENCY;
        var texts = new Texts(english);
        var body = new StringBuilder();
        var attachments = new ArrayList<Attachment>();
        ComplaintId report = new ComplaintId(c.complaintId());
        body.append(texts.format("letter.addressee", view.destinationName()))
                .append("\n\n")
                .append(texts.text("letter.intro"))
                .append("\n")
                .append(texts.format("letter.number", view.id()))
                .append("\n")
                .append(texts.format(
                        "letter.reason", texts.text("reason." + view.reason().name())))
                .append("\n\n");
        String summaryHeading = texts.text("letter.summary");
        if (!summaryHeading.isEmpty()) {
            body.append(summaryHeading).append("\n");
        }
        body.append(view.summary()).append("\n\n");
        if (view.kind() == DestinationKind.CARRIER) {
            carrierEvidence(c, actor, texts, body, attachments, view.id());
        }
        if (withData) {
            var given = consent.view();
            body.append(texts.format(
                            "consent.heading",
                            texts.text("consent.how." + given.how().name()),
                            MINUTE.format(given.givenAt()),
                            given.givenBy()))
                    .append("\n");
            if (data.contains(PersonalItem.CONTACT_EMAIL)) {
                body.append(texts.format(
                                "data.contact",
                                evidence.contactAddress(report, actor).orElse("—")))
                        .append("\n");
            }
            if (data.contains(PersonalItem.CITIZEN_TEXT)) {
                evidence.evidence(report, actor)
                        .ifPresent(e -> body.append(texts.text("data.citizenText"))
                                .append("\n")
                                .append(e.description() == null ? "—" : e.description())
                                .append("\n"));
                citizenMessages(c).forEach(m -> body.append("— ").append(m).append("\n"));
            }
            if (data.contains(PersonalItem.ORIGINAL_MESSAGE)) {
                evidence.original(report, actor, "Referral letter, with the citizen's consent")
                        .ifPresent(o -> attachments.add(new Attachment(o.fileName(), "message/rfc822", o.content())));
                body.append(texts.text("data.original")).append("\n");
            }
            body.append("\n");
        } else {
            body.append(texts.text("data.none")).append("\n\n");
        }
        // mailed or printed, the letter says how to reach the center: a printed one has no mail to reply to
        body.append(contact.askForOutcome(view.id(), english)).append("\n").append(contact.signature(english));
        return new Letter(
                view.destinationContact(), texts.format("letter.subject", view.id()), body.toString(), attachments);
    }

    /** The start of a referral's summary, for the advisor to complete: the case as the center received it. */
    String draftSummary(ConsultationCase c, long reports) {
        var s = c.summary();
        var texts = new Texts(false);
        return texts.format(
                "summary.draft",
                MINUTE.format(s.openedAt()),
                s.receiptNumber(),
                texts.category(s.category()),
                s.subject() == null ? "—" : s.subject(),
                reports);
    }

    /**
     * A carrier notice carries the evidence of every report of the case (a campaign's, a merged case's): each
     * spam without its recipient's addresses, in one zip, and what the reports have in common. No consent is
     * needed: nothing of the citizens goes with it.
     */
    private void carrierEvidence(
            ConsultationCase c, String actor, Texts texts, StringBuilder body, List<Attachment> attachments, long id) {
        List<ComplaintId> reports = new CaseRepository(em)
                .complaintIds(c.id()).stream().map(ComplaintId::new).toList();
        var found = abuseReports.evidence(reports, actor);
        body.append(texts.format(
                        "evidence.heading", found.reports(), minute(found.firstSeen()), minute(found.lastSeen())))
                .append("\n")
                .append(texts.format("evidence.domains", listed(found.senderDomains(), ", ")))
                .append("\n")
                .append(texts.format("evidence.ips", listed(found.originIps(), ", ")))
                .append("\n")
                .append(texts.format("evidence.subjects", listed(found.subjects(), " / ")))
                .append("\n");
        if (!found.smsSenders().isEmpty()) {
            body.append(texts.format("evidence.smsSenders", listed(found.smsSenders(), ", ")))
                    .append("\n");
        }
        if (!found.messages().isEmpty()) {
            body.append(texts.format("evidence.attached", found.messages().size()))
                    .append("\n");
            attachments.add(new Attachment("evidence-R-" + id + ".zip", "application/zip", zip(found)));
        }
        body.append("\n");
    }

    private static String minute(Instant at) {
        return at == null ? "—" : MINUTE.format(at);
    }

    private static String listed(List<String> items, String separator) {
        return items.isEmpty() ? "—" : String.join(separator, items);
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
        return new CaseRepository(em)
                .history(c.id(), CaseEntryKind.CITIZEN_MESSAGE).stream()
                        .map(e -> e.view().body())
                        .toList();
    }

    /** The letters' texts in one language; numbers are written as they are (no grouping). */
    private static final class Texts {

        private final ResourceBundle bundle;
        private final Locale locale;

        Texts(boolean english) {
            locale = english ? Locale.ENGLISH : Locale.JAPANESE;
            bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    locale,
                    ReferralLetters.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String text(String key) {
            return bundle.getString(key);
        }

        /** A pattern filled in; numbers as they are. */
        String format(String key, Object... arguments) {
            var written = new Object[arguments.length];
            for (int k = 0; k < arguments.length; k++) {
                written[k] = arguments[k] instanceof Number ? arguments[k].toString() : arguments[k];
            }
            return new MessageFormat(bundle.getString(key), locale).format(written);
        }

        /** A category's name; a category the letters do not know yet is "other". */
        String category(String code) {
            String key = "category." + (code == null ? "OTHER" : code);
            return bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("category.OTHER");
        }
    }
}
