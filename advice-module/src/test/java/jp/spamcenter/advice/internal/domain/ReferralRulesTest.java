package jp.spamcenter.advice.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import jp.spamcenter.advice.api.ReferralRejected;
import jp.spamcenter.advice.api.Referrals.Channel;
import jp.spamcenter.advice.api.Referrals.ConsentHow;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.api.Referrals.NewReferral;
import jp.spamcenter.advice.api.Referrals.PersonalItem;
import jp.spamcenter.advice.api.Referrals.ReferralOutcome;
import jp.spamcenter.advice.api.Referrals.ReferralReason;
import jp.spamcenter.advice.api.Referrals.ReferralState;
import org.junit.jupiter.api.Test;

/** No personal data without the citizen's consent for it, checked when prepared and when sent. */
class ReferralRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");
    private static final long CASE = 7;

    @Test
    void withoutPersonalDataNoConsentIsNeeded() {
        var referral = new CaseReferral(draft(Set.of(), null), null, "sato", T0);

        referral.send(null, T0.plusSeconds(60), T0.plusSeconds(3600));

        assertThat(referral.state()).isEqualTo(ReferralState.SENT);
        assertThat(referral.view().personalData()).isEmpty();
        assertThat(referral.consentId()).isNull();
    }

    @Test
    void personalDataNeedsAConsentOfThisCaseThatCoversEveryItem() {
        var email = EnumSet.of(PersonalItem.CONTACT_EMAIL);
        var emailAndMessage = EnumSet.of(PersonalItem.CONTACT_EMAIL, PersonalItem.ORIGINAL_MESSAGE);
        var emailOnly = consent(CASE, email);
        var otherCase = consent(CASE + 1, emailAndMessage);

        assertRejected(() -> new CaseReferral(draft(email, null), null, "sato", T0), "consentMissing");
        assertRejected(() -> new CaseReferral(draft(emailAndMessage, 1L), emailOnly, "sato", T0), "consentMissing");
        assertRejected(() -> new CaseReferral(draft(email, 2L), otherCase, "sato", T0), "consentMissing");
        var referral = new CaseReferral(draft(email, 1L), emailOnly, "sato", T0);
        assertThat(referral.view().personalData()).containsExactly(PersonalItem.CONTACT_EMAIL);
    }

    @Test
    void aConsentWithdrawnBeforeSendingStopsTheReferral() {
        var consent = consent(CASE, EnumSet.of(PersonalItem.CONTACT_EMAIL));
        var referral = new CaseReferral(draft(EnumSet.of(PersonalItem.CONTACT_EMAIL), 1L), consent, "sato", T0);

        consent.withdraw("sato", T0.plusSeconds(30));

        assertRejected(() -> referral.send(consent, T0.plusSeconds(60), T0.plusSeconds(3600)), "consentWithdrawn");
        assertThat(referral.state()).isEqualTo(ReferralState.DRAFT);
        assertThat(consent.view().withdrawnBy()).isEqualTo("sato");
        assertThat(consent.covers(EnumSet.of(PersonalItem.CONTACT_EMAIL))).isFalse();
    }

    @Test
    void aConsentNamesItsDataAndWhoGaveIt() {
        assertRejected(() -> new CitizenConsent(CASE, Set.of(), ConsentHow.PHONE, "相談者本人", "sato", T0), "consentItems");
        assertRejected(
                () -> new CitizenConsent(CASE, EnumSet.of(PersonalItem.CITIZEN_TEXT), ConsentHow.WEB, " ", "sato", T0),
                "givenBy");
    }

    @Test
    void aSentReferralIsAcknowledgedThenResolvedWithThePartnersWordsAndIsRemindedOfWhenUnanswered() {
        var referral = new CaseReferral(draft(Set.of(), null), null, "sato", T0);
        assertRejected(() -> referral.acknowledge("受け付けました", T0), "state");
        Instant due = T0.plusSeconds(5 * 86_400);
        referral.send(null, T0, due);
        assertRejected(() -> referral.send(null, T0, due), "state");
        assertRejected(referral::cancel, "state");

        assertThat(referral.dueReminder(due.minusSeconds(1))).isFalse();
        assertThat(referral.dueReminder(due)).isTrue();
        referral.reminded(due);
        assertThat(referral.dueReminder(due.plusSeconds(60))).isFalse();

        referral.acknowledge("相談者から連絡があり、対応を始めました。", due.plusSeconds(3600));
        referral.resolve(ReferralOutcome.HELPED, "請求業者への対応を助言し、解決しました。", due.plusSeconds(7200));
        var view = referral.view();
        assertThat(view.state()).isEqualTo(ReferralState.RESOLVED);
        assertThat(view.outcome()).isEqualTo(ReferralOutcome.HELPED);
        assertThat(view.feedback()).contains("対応を始めました", "解決しました");
        assertThat(view.acknowledgedAt()).isBefore(view.resolvedAt());
    }

    @Test
    void aMailedReferralNeedsAnAddressAndAPrintedOneDoesNot() {
        var byMail = new NewReferral(
                CASE,
                DestinationKind.CONSUMER_CENTER,
                null,
                "試験センター",
                null,
                ReferralReason.BILLED,
                "概要",
                Set.of(),
                null,
                Channel.MAIL);
        var printed = new NewReferral(
                CASE,
                DestinationKind.CONSUMER_CENTER,
                null,
                "試験センター",
                null,
                ReferralReason.BILLED,
                "概要",
                Set.of(),
                null,
                Channel.PRINT);

        assertRejected(() -> new CaseReferral(byMail, null, "sato", T0), "noAddress");
        assertThat(new CaseReferral(printed, null, "sato", T0).channel()).isEqualTo(Channel.PRINT);
    }

    private static NewReferral draft(Set<PersonalItem> data, Long consentId) {
        return new NewReferral(
                CASE,
                DestinationKind.CONSUMER_CENTER,
                3L,
                "試験市消費生活センター",
                "refer@center.example.jp",
                ReferralReason.BILLED,
                "架空請求のメールを受け、請求額を支払うか迷っている。",
                data,
                consentId,
                Channel.MAIL);
    }

    private static CitizenConsent consent(long caseId, Set<PersonalItem> items) {
        return new CitizenConsent(caseId, items, ConsentHow.PHONE, "相談者本人", "sato", T0);
    }

    private static void assertRejected(Runnable step, String code) {
        assertThatThrownBy(step::run)
                .isInstanceOf(ReferralRejected.class)
                .extracting(e -> ((ReferralRejected) e).code())
                .isEqualTo(code);
    }
}
