package jp.spamcenter.web.pages.advisor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.spamcenter.advice.api.Directory;
import jp.spamcenter.advice.api.Directory.Destination;
import jp.spamcenter.advice.api.ReferralRejected;
import jp.spamcenter.advice.api.Referrals;
import jp.spamcenter.advice.api.Referrals.Channel;
import jp.spamcenter.advice.api.Referrals.Consent;
import jp.spamcenter.advice.api.Referrals.ConsentHow;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.api.Referrals.NewReferral;
import jp.spamcenter.advice.api.Referrals.PersonalItem;
import jp.spamcenter.advice.api.Referrals.Referral;
import jp.spamcenter.advice.api.Referrals.ReferralOutcome;
import jp.spamcenter.advice.api.Referrals.ReferralReason;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.web.pages.shared.Texts;
import jp.spamcenter.web.pages.staff.StaffSession;

/**
 * The referrals of the case on the advisor's case page: the citizen's consents, a referral prepared with the
 * destination the case suggests (the consumer center of the citizen's prefecture, the sender's carrier, the
 * agency of the origin country), sent by mail or printed, and the partner's answer recorded.
 */
@Named
@ViewScoped
public class CaseReferrals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseDetail caseDetail;

    @Inject
    Referrals referrals;

    @Inject
    Directory directory;

    @Inject
    StaffSession session;

    // consent form
    private PersonalItem[] consentItems = new PersonalItem[0];
    private ConsentHow consentHow = ConsentHow.PHONE;
    private String consentGivenBy;

    // referral form
    private boolean preparing;
    private DestinationKind kind = DestinationKind.CONSUMER_CENTER;
    /** {@link #getDestinations} per kind, for this page. */
    private transient Map<DestinationKind, List<Destination>> suggestions;

    private String destination;
    private String destinationName;
    private String destinationContact;
    private ReferralReason reason = ReferralReason.BILLED;
    private String summary;
    private PersonalItem[] personalData = new PersonalItem[0];
    private Long consentId;
    private Channel channel = Channel.MAIL;

    // the partner's answer
    private String feedback;
    private ReferralOutcome outcome = ReferralOutcome.HELPED;

    public void recordConsent() {
        act(
                () -> {
                    referrals.recordConsent(caseId(), items(consentItems), consentHow, consentGivenBy, me());
                    consentItems = new PersonalItem[0];
                    consentGivenBy = null;
                },
                "referral.done.consent");
    }

    public void withdraw(long id) {
        act(() -> referrals.withdrawConsent(id, me()), "referral.done.withdrawn");
    }

    /** Opens the referral form with the summary written from the case and the suggested destination. */
    public void startReferral() {
        preparing = true;
        summary = referrals.draftSummary(caseId());
        kind = DestinationKind.CONSUMER_CENTER;
        chooseKind();
    }

    /** A new kind of destination: its first suggestion is chosen. */
    public void chooseKind() {
        List<Destination> suggested = getDestinations();
        destination = suggested.isEmpty() ? null : suggested.get(0).key();
        chooseDestination();
    }

    /** The chosen directory entry fills in the name and address. */
    public void chooseDestination() {
        getDestinations().stream()
                .filter(d -> d.key().equals(destination))
                .findFirst()
                .ifPresentOrElse(
                        d -> {
                            destinationName = d.name();
                            destinationContact = d.contact();
                            channel = d.contact() == null ? Channel.PRINT : Channel.MAIL;
                        },
                        () -> {
                            destinationName = null;
                            destinationContact = null;
                        });
    }

    public void prepare() {
        act(
                () -> {
                    referrals.prepare(
                            new NewReferral(
                                    caseId(),
                                    kind,
                                    // the hotline 188 has no directory entry: no id, but a destination all the same
                                    getDestinations().stream()
                                            .filter(d -> d.key().equals(destination))
                                            .findFirst()
                                            .map(Destination::id)
                                            .orElse(null),
                                    destinationName,
                                    destinationContact,
                                    reason,
                                    summary,
                                    items(personalData),
                                    consentId,
                                    channel),
                            me());
                    preparing = false;
                    personalData = new PersonalItem[0];
                },
                "referral.done.prepared");
    }

    public void send(long id) {
        act(() -> referrals.send(id, me()), "referral.done.sent");
    }

    public void cancel(long id) {
        act(() -> referrals.cancel(id, me()), "referral.done.cancelled");
    }

    public void acknowledge(long id) {
        act(
                () -> {
                    referrals.acknowledge(id, feedback, me());
                    feedback = null;
                },
                "referral.done.acknowledged");
    }

    public void resolve(long id) {
        act(
                () -> {
                    referrals.resolve(id, outcome, feedback, me());
                    feedback = null;
                },
                "referral.done.resolved");
    }

    private void act(Runnable step, String done) {
        try {
            step.run();
            Texts.info(done);
            caseDetail.refresh(); // the case's status and history show the step
        } catch (ReferralRejected e) {
            Texts.error(null, "referral.rejected." + e.code());
        }
    }

    private static Set<PersonalItem> items(PersonalItem[] chosen) {
        var items = EnumSet.noneOf(PersonalItem.class);
        if (chosen != null) {
            items.addAll(List.of(chosen));
        }
        return items;
    }

    /**
     * The directory's entries for the chosen kind, the suggested one first; asked once per kind and page (the
     * directory changes seldom; a reload asks again).
     */
    public List<Destination> getDestinations() {
        if (caseDetail.getView() == null || kind == null) {
            return List.of();
        }
        if (suggestions == null) {
            suggestions = new EnumMap<>(DestinationKind.class);
        }
        return suggestions.computeIfAbsent(kind, this::lookUp);
    }

    private List<Destination> lookUp(DestinationKind kind) {
        AnalysisResult a = caseDetail.getAnalysis();
        String senderDomain =
                a == null || a.sender() == null ? null : a.sender().domain();
        return directory.destinations(
                kind,
                caseDetail.getView().summary().prefectureCode(),
                kind == DestinationKind.CARRIER ? smsNetworkDomain().orElse(senderDomain) : senderDomain,
                a == null || a.origin() == null ? null : a.origin().country());
    }

    /**
     * For an SMS, the network of the phone that received it, by a mail domain the directory knows it by: a number
     * does not tell its own network since number portability, and the recipient's network traces the sender.
     */
    private java.util.Optional<String> smsNetworkDomain() {
        var evidence = caseDetail.getEvidence();
        if (evidence == null || evidence.sms() == null || evidence.sms().carrier() == null) {
            return java.util.Optional.empty();
        }
        return evidence.sms().carrier().mailDomains().stream()
                .filter(d -> directory.carrierFor(d).isPresent())
                .findFirst();
    }

    public List<Consent> getConsents() {
        return caseDetail.getView() == null ? List.of() : referrals.consents(caseId());
    }

    public List<Consent> getActiveConsents() {
        return getConsents().stream().filter(Consent::active).toList();
    }

    public List<Referral> getReferrals() {
        return caseDetail.getView() == null ? List.of() : referrals.ofCase(caseId());
    }

    public PersonalItem[] getPersonalItems() {
        return PersonalItem.values();
    }

    public ConsentHow[] getConsentHows() {
        return ConsentHow.values();
    }

    public DestinationKind[] getKinds() {
        return DestinationKind.values();
    }

    public ReferralReason[] getReasons() {
        return ReferralReason.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public ReferralOutcome[] getOutcomes() {
        return ReferralOutcome.values();
    }

    private long caseId() {
        return caseDetail.getView().summary().caseId();
    }

    private String me() {
        return session.getUsername();
    }

    public PersonalItem[] getConsentItems() {
        return consentItems;
    }

    public void setConsentItems(PersonalItem[] consentItems) {
        this.consentItems = consentItems == null ? new PersonalItem[0] : consentItems;
    }

    public ConsentHow getConsentHow() {
        return consentHow;
    }

    public void setConsentHow(ConsentHow consentHow) {
        this.consentHow = consentHow;
    }

    public String getConsentGivenBy() {
        return consentGivenBy;
    }

    public void setConsentGivenBy(String consentGivenBy) {
        this.consentGivenBy = consentGivenBy;
    }

    public boolean isPreparing() {
        return preparing;
    }

    public DestinationKind getKind() {
        return kind;
    }

    public void setKind(DestinationKind kind) {
        this.kind = kind;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getDestinationName() {
        return destinationName;
    }

    public void setDestinationName(String destinationName) {
        this.destinationName = destinationName;
    }

    public String getDestinationContact() {
        return destinationContact;
    }

    public void setDestinationContact(String destinationContact) {
        this.destinationContact = destinationContact;
    }

    public ReferralReason getReason() {
        return reason;
    }

    public void setReason(ReferralReason reason) {
        this.reason = reason;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public PersonalItem[] getPersonalData() {
        return personalData;
    }

    public void setPersonalData(PersonalItem[] personalData) {
        this.personalData = personalData == null ? new PersonalItem[0] : personalData;
    }

    public Long getConsentId() {
        return consentId;
    }

    public void setConsentId(Long consentId) {
        this.consentId = consentId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public ReferralOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ReferralOutcome outcome) {
        this.outcome = outcome;
    }
}
