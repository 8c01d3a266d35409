package jp.spamcenter.web.pages.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.web.pages.shared.FigureLabels;
import org.junit.jupiter.api.Test;

class HistoryWordsTest {

    private static final Locale JA = Locale.JAPANESE;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void statusChangesReadAsWords() {
        assertEquals(
                "Triaged → Waiting for citizen",
                HistoryWords.detail(CaseEntryKind.STATUS, "TRIAGED → WAITING_FOR_CITIZEN", EN));
        String ja = HistoryWords.detail(CaseEntryKind.STATUS, "IN_PROGRESS → CLOSED (ADVISED)", JA);
        assertEquals(
                FigureLabels.text(JA, "case.status.IN_PROGRESS") + " → " + FigureLabels.text(JA, "case.status.CLOSED")
                        + " (" + FigureLabels.text(JA, "case.closeReason.ADVISED") + ")",
                ja);
        assertEquals("High → Low", HistoryWords.detail(CaseEntryKind.PRIORITY, "HIGH → LOW", EN));
    }

    @Test
    void consentsNameTheItemsAndHowTheyWereGiven() {
        assertEquals(
                "+ E-mail address, The spam as received (by phone, the citizen)",
                HistoryWords.detail(
                        CaseEntryKind.CONSENT, "+ [CONTACT_EMAIL, ORIGINAL_MESSAGE] (PHONE, the citizen)", EN));
        assertEquals(
                "− メールアドレス、受信したメール",
                HistoryWords.detail(CaseEntryKind.CONSENT, "− [CONTACT_EMAIL, ORIGINAL_MESSAGE]", JA));
    }

    @Test
    void referralStepsKeepTheDestinationsName() {
        assertEquals(
                "#3 JPCERT/CC: Sent (by mail)",
                HistoryWords.detail(CaseEntryKind.REFERRAL, "#3 JPCERT/CC: SENT (MAIL)", EN));
        assertEquals(
                "#3 消費者ホットライン: 対応完了 (" + FigureLabels.text(JA, "referral.outcome.HELPED") + ")",
                HistoryWords.detail(CaseEntryKind.REFERRAL, "#3 消費者ホットライン: RESOLVED (HELPED)", JA));
    }

    @Test
    void deadlinesAreOnTheCentersClock() {
        assertEquals("期限 2026-12-07 09:00", HistoryWords.detail(CaseEntryKind.ESCALATED, "due 2026-12-07T00:00Z", JA));
        assertEquals("due 2026-12-07 09:00", HistoryWords.detail(CaseEntryKind.ESCALATED, "due 2026-12-07T00:00Z", EN));
    }

    @Test
    void namesAndOtherKindsStayAsRecorded() {
        assertEquals("— → ALICE", HistoryWords.detail(CaseEntryKind.ASSIGNED, "— → ALICE", EN));
        assertEquals("M3DJ-ABCD", HistoryWords.detail(CaseEntryKind.OPENED, "M3DJ-ABCD", JA));
    }
}
