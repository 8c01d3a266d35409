package jp.spamcenter.advice.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.advice.api.CaseView;
import jp.spamcenter.advice.api.ReferralFigures;
import jp.spamcenter.advice.api.ReferralRejected;
import jp.spamcenter.advice.api.Referrals.Channel;
import jp.spamcenter.advice.api.Referrals.ConsentHow;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.api.Referrals.Dispatch;
import jp.spamcenter.advice.api.Referrals.NewReferral;
import jp.spamcenter.advice.api.Referrals.PersonalItem;
import jp.spamcenter.advice.api.Referrals.Referral;
import jp.spamcenter.advice.api.Referrals.ReferralOutcome;
import jp.spamcenter.advice.api.Referrals.ReferralReason;
import jp.spamcenter.advice.api.Referrals.ReferralState;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;
import jp.spamcenter.advice.internal.infrastructure.CenterContact;
import jp.spamcenter.advice.internal.infrastructure.FiguresReading;
import jp.spamcenter.advice.internal.infrastructure.PartnerMail;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A referral's life on a real MariaDB and a real SMTP server: prepared from the case, mailed, the case moved to
 * "referred", acknowledged and resolved with the partner's feedback, counted by outcome; a sent referral without
 * answer is reminded of; a consent withdrawn before sending stops it.
 */
class ReferralPersistenceTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());

    private static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");
    /** The center's contact as its configuration gives it. */
    private static final CenterContact CONTACT = CenterContact.of(
            "〒100-0000 東京都千代田区試験町1-1",
            "1-1 Shiken-cho, Chiyoda-ku, Tokyo 100-0000, Japan",
            "03-0000-0000",
            "平日10:00〜17:00",
            "referrals@spamcenter.test");

    private static PersistenceTests db;
    private static final RecordingEvent<ReferralFigures> PUBLISHED = new RecordingEvent<>();

    @BeforeAll
    static void migrateAndOpenCases() {
        db = PersistenceTests.migrated("advice", "adv_");
        db.run(em -> {
            for (int i = 1; i <= 3; i++) {
                CaseOpening.open(
                        em,
                        new ComplaintReceived(
                                100 + i, ReceiptNumber.random().value(), "未払い料金のお知らせ", "13", T0, "BILLING_FRAUD"),
                        T0);
            }
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aBillingFraudCaseIsReferredToItsConsumerCenterAndTheOutcomeIsRecorded() throws Exception {
        long caseId = caseOf(101);
        String summary = desk(d -> d.draftSummary(caseId));
        assertThat(summary).contains("架空請求", "未払い料金のお知らせ");

        Referral draft = desk(d -> d.prepare(
                new NewReferral(
                        caseId,
                        DestinationKind.CONSUMER_CENTER,
                        null,
                        "試験市消費生活センター",
                        "refer@center.example.jp",
                        ReferralReason.BILLED,
                        summary + "請求額5万円。まだ支払っていない。",
                        Set.of(),
                        null,
                        Channel.MAIL),
                "sato"));
        assertThat(draft.state()).isEqualTo(ReferralState.DRAFT);

        Referral sent = desk(d -> d.send(draft.id(), "sato"));

        assertThat(sent.state()).isEqualTo(ReferralState.SENT);
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mailed = SMTP.getReceivedMessages()[0];
        assertThat(mailed.getAllRecipients()[0].toString()).isEqualTo("refer@center.example.jp");
        assertThat(mailed.getSubject()).contains("R-" + sent.id());
        assertThat(mailed.getContent().toString()).contains("試験市消費生活センター 御中", "請求を受けている", "請求額5万円", "個人情報を含みません");
        // the letter ends with how to reach the center, as configured, not with "reply to this mail"
        assertThat(mailed.getContent().toString())
                .contains(
                        "R-" + sent.id() + " を添えて、referrals@spamcenter.test 宛てのメール、またはお電話（03-0000-0000、平日10:00〜17:00）",
                        "迷惑メール相談センター\n〒100-0000 東京都千代田区試験町1-1\n電話: 03-0000-0000（平日10:00〜17:00）\nメール: referrals@spamcenter.test")
                .doesNotContain("本メールへの返信");
        CaseView referred = caseView(caseId);
        assertThat(referred.summary().status()).isEqualTo(CaseStatus.REFERRED);
        assertThat(referred.history()).extracting(CaseView.Entry::kind).contains(CaseEntryKind.REFERRAL);

        desk(d -> d.acknowledge(sent.id(), "相談者から連絡があり、対応を始めました。", "sato"));
        Referral resolved = desk(d -> d.resolve(sent.id(), ReferralOutcome.HELPED, "支払わないよう助言し、解決。", "sato"));

        assertThat(resolved.state()).isEqualTo(ReferralState.RESOLVED);
        assertThat(resolved.feedback()).contains("対応を始めました", "解決");
        // the statistics were told of every step, and a rebuild reads the same
        assertThat(PUBLISHED.fired)
                .filteredOn(f -> f.referralId() == sent.id())
                .extracting(ReferralFigures::state)
                .containsExactly(
                        ReferralState.DRAFT, ReferralState.SENT, ReferralState.ACKNOWLEDGED, ReferralState.RESOLVED);
        List<ReferralFigures> read = db.inTransaction(em -> new FiguresReading(em).referralsAfter(sent.id() - 1, 1));
        assertThat(read).containsExactly(PUBLISHED.last());
        assertThat(read.get(0).kind()).isEqualTo(DestinationKind.CONSUMER_CENTER);
        assertThat(read.get(0).outcome()).isEqualTo(ReferralOutcome.HELPED);
        assertThat(read.get(0).sentAt()).isNotNull();
    }

    @Test
    void aConsentWithdrawnBeforeSendingStopsTheReferralAndNothingIsMailed() {
        long caseId = caseOf(102);
        var consent = desk(d ->
                d.recordConsent(caseId, EnumSet.of(PersonalItem.CONTACT_EMAIL), ConsentHow.PHONE, "相談者本人（電話）", "sato"));
        Referral draft = desk(d -> d.prepare(
                new NewReferral(
                        caseId,
                        DestinationKind.CONSUMER_CENTER,
                        null,
                        "試験市消費生活センター",
                        "refer@center.example.jp",
                        ReferralReason.BILLED,
                        "概要",
                        EnumSet.of(PersonalItem.CONTACT_EMAIL),
                        consent.id(),
                        Channel.MAIL),
                "sato"));
        int mailedBefore = SMTP.getReceivedMessages().length;

        desk(d -> d.withdrawConsent(consent.id(), "sato"));

        assertThatThrownBy(() -> desk(d -> d.send(draft.id(), "sato")))
                .isInstanceOf(ReferralRejected.class)
                .extracting(e -> ((ReferralRejected) e).code())
                .isEqualTo("consentWithdrawn");
        Optional<Referral> after = desk(d -> d.find(draft.id()));
        assertThat(after).get().extracting(Referral::state).isEqualTo(ReferralState.DRAFT);
        assertThat(SMTP.getReceivedMessages()).hasSize(mailedBefore);
        assertThat(caseView(caseId).history())
                .extracting(CaseView.Entry::kind)
                .containsSubsequence(CaseEntryKind.CONSENT, CaseEntryKind.REFERRAL, CaseEntryKind.CONSENT);
    }

    @Test
    void aPrintedReferralWithoutAnswerIsRemindedOfOnceAndAgenciesDispatchesAreLogged() {
        long caseId = caseOf(103);
        Referral draft = desk(d -> d.prepare(
                new NewReferral(
                        caseId,
                        DestinationKind.POLICE,
                        null,
                        "試験県警察本部 サイバー犯罪相談窓口",
                        null,
                        ReferralReason.MONEY_LOST,
                        "概要",
                        Set.of(),
                        null,
                        Channel.PRINT),
                "sato"));
        Referral sent = desk(d -> d.send(draft.id(), "sato"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        int early = desk(d -> d.remindDue(now));
        int due = desk(d -> d.remindDue(now.plus(15, ChronoUnit.DAYS)));
        int again = desk(d -> d.remindDue(now.plus(16, ChronoUnit.DAYS)));

        assertThat(early).isZero();
        assertThat(due).isEqualTo(1);
        assertThat(again).isZero();
        List<Referral> unanswered = desk(ReferralDesk::unanswered);
        assertThat(unanswered).extracting(Referral::id).contains(sent.id());
        assertThat(caseView(caseId).history())
                .extracting(CaseView.Entry::kind)
                .contains(CaseEntryKind.REFERRAL_REMINDER);

        desk(d -> d.recordDispatch(new Dispatch(
                null,
                now,
                "manager-kato",
                "US",
                "Test Agency",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1),
                "XARF",
                12,
                3)));
        List<Dispatch> log = desk(d -> d.dispatches(10));
        assertThat(log).first().satisfies(d -> {
            assertThat(d.countryCode()).isEqualTo("US");
            assertThat(d.documents()).isEqualTo(12);
            assertThat(d.skipped()).isEqualTo(3);
        });
    }

    private static long caseOf(long complaintId) {
        return db.inTransaction(em ->
                new CaseRepository(em).answering(complaintId).orElseThrow().id());
    }

    private static CaseView caseView(long caseId) {
        return db.inTransaction(em -> {
            var work = new CaseWork();
            work.em = em;
            work.clock = CenterTime.system();
            return work.find(caseId).orElseThrow();
        });
    }

    private static <T> T desk(Function<ReferralDesk, T> work) {
        return db.inTransaction(em -> {
            var desk = new ReferralDesk();
            desk.em = em;
            desk.clock = CenterTime.system();
            desk.referralFigures = PUBLISHED;
            desk.mail = PartnerMail.smtp("127.0.0.1", SMTP.getSmtp().getPort(), "no-reply@spamcenter.test");
            desk.letters = new ReferralLetters();
            desk.letters.em = em;
            desk.letters.contact = CONTACT;
            desk.consents = new CitizenConsents(em, desk.clock);
            return work.apply(desk);
        });
    }
}
