package jp.spamcenter.advice.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import jp.spamcenter.advice.api.CaseConversation.Message;
import jp.spamcenter.advice.api.CaseDesk.AdvisorLoad;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.CaseQuery;
import jp.spamcenter.advice.api.CaseQueueKind;
import jp.spamcenter.advice.api.CaseSort;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.advice.api.CaseSummary;
import jp.spamcenter.advice.api.CaseView;
import jp.spamcenter.advice.api.CloseReason;
import jp.spamcenter.advice.internal.infrastructure.CaseListing;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cases opened from complaints, listed page by page and queue by queue, and worked, on a real MariaDB. */
class CasePersistenceTest {

    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");
    private static PersistenceTests db;

    @BeforeAll
    static void migrateAndOpenCases() {
        db = PersistenceTests.migrated("advice", "adv_");
        db.run(em -> {
            for (int i = 1; i <= 25; i++) {
                var complaint = new ComplaintReceived(
                        i,
                        ReceiptNumber.random().value(),
                        "subject " + i,
                        String.format("%02d", 1 + i % 47),
                        T0.plusSeconds(i),
                        i % 2 == 0 ? "PHISHING" : "DATING");
                CaseOpening.open(em, complaint, T0.plusSeconds(i));
            }
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aComplaintDeliveredTwiceOpensOneCase() {
        var complaint = new ComplaintReceived(1, ReceiptNumber.random().value(), "again", "13", T0, "OTHER");
        boolean opened = db.inTransaction(em -> CaseOpening.open(em, complaint, T0));
        assertThat(opened).isFalse();
        long cases = db.inTransaction(em -> new CaseRepository(em).count());
        assertThat(cases).isEqualTo(25);
    }

    @Test
    void newestFirstPageByPage() {
        var first = list(CaseQuery.newestFirst(0, 10));
        var third = list(CaseQuery.newestFirst(20, 10));

        assertThat(first).hasSize(10);
        assertThat(first.get(0).complaintId()).isEqualTo(25);
        assertThat(first.get(0).openedAt()).isEqualTo(T0.plusSeconds(25));
        assertThat(first.get(0).category()).isEqualTo("DATING");
        assertThat(first.get(1).category()).isEqualTo("PHISHING");
        // other tests add older cases after these: the oldest of the 25 come first on the third page
        assertThat(third).extracting(CaseSummary::complaintId).startsWith(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void sortedByPrefectureInTheDatabase() {
        var page = list(new CaseQuery(0, 25, CaseSort.PREFECTURE, true));
        assertThat(page).extracting(CaseSummary::prefectureCode).isSorted();
        assertThat(page).hasSize(25);
    }

    @Test
    void anAdvisorsDayInTheDatabase() {
        long caseId = caseOfComplaint(11);
        // take it: it leaves the unassigned queue and is in mine
        work(w -> w.take(caseId, "sato"));
        assertThat(list(CaseQuery.queue(CaseQueueKind.MINE, "sato", null, 0, 50)))
                .extracting(CaseSummary::caseId)
                .contains(caseId);
        assertThat(list(CaseQuery.queue(CaseQueueKind.UNASSIGNED, null, null, 0, 50)))
                .extracting(CaseSummary::caseId)
                .doesNotContain(caseId);

        work(w -> w.note(caseId, "電話で確認済み。", "sato"));
        CaseView replied = work(w -> w.reply(caseId, "リンクは開かないでください。", true, "sato"));
        assertThat(replied.summary().status()).isEqualTo(CaseStatus.WAITING_FOR_CITIZEN);
        assertThat(replied.firstResponseAt()).isNotNull();

        // the citizen sees the reply, never the note, and answers
        var conversation = work(w -> w.of(new ComplaintId(11)).orElseThrow());
        assertThat(conversation.messages()).extracting(Message::text).containsExactly("リンクは開かないでください。");
        var answered = work(w -> w.answer(new ComplaintId(11), "わかりました。ありがとうございます。"));
        assertThat(answered.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(answered.messages()).extracting(Message::fromCenter).containsExactly(true, false);

        CaseView closed = work(w -> w.close(
                caseId,
                CloseReason.ADVISED,
                "sato",
                w.find(caseId).orElseThrow().version()));
        assertThat(closed.summary().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.history())
                .extracting(CaseView.Entry::kind)
                .containsExactly(
                        CaseEntryKind.OPENED,
                        CaseEntryKind.ASSIGNED,
                        CaseEntryKind.STATUS,
                        CaseEntryKind.NOTE,
                        CaseEntryKind.REPLY,
                        CaseEntryKind.STATUS,
                        CaseEntryKind.CITIZEN_MESSAGE,
                        CaseEntryKind.STATUS,
                        CaseEntryKind.STATUS);
        assertThat(list(CaseQuery.queue(CaseQueueKind.MINE, "sato", null, 0, 50)))
                .extracting(CaseSummary::caseId)
                .doesNotContain(caseId);
    }

    @Test
    void aChangeFromAnOutOfDateScreenIsRefused() {
        long caseId = caseOfComplaint(12);
        long seen = work(w -> w.find(caseId).orElseThrow().version());
        work(w -> w.take(caseId, "tanaka"));
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                jp.spamcenter.advice.api.CaseChangeRejected.class,
                () -> work(w -> w.close(caseId, CloseReason.ADVISED, "sato", seen)));
        assertThat(refused.code()).isEqualTo("stale");
    }

    @Test
    void mergingMovesReportsAndHistoryAndTheDuplicatesCitizenFollowsTheKeptCase() {
        long kept = caseOfComplaint(14);
        long duplicate = caseOfComplaint(16);
        work(w -> w.note(duplicate, "同じキャンペーン。", "suzuki"));

        CaseView merged = work(w -> w.merge(duplicate, kept, "suzuki"));

        assertThat(merged.reports()).extracting(CaseView.Report::complaintId).containsExactlyInAnyOrder(14L, 16L);
        assertThat(merged.history())
                .extracting(CaseView.Entry::kind)
                .contains(CaseEntryKind.NOTE, CaseEntryKind.MERGED);
        var gone = work(w -> w.find(duplicate).orElseThrow());
        assertThat(gone.summary().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(gone.closeReason()).isEqualTo(CloseReason.DUPLICATE);
        assertThat(gone.mergedInto()).isEqualTo(kept);
        Long answering = db.inTransaction(
                em -> new CaseRepository(em).answering(16).orElseThrow().id());
        assertThat(answering).isEqualTo(kept);
        // advisors name the kept case by either receipt number now
        for (CaseView.Report report : merged.reports()) {
            Long named = db.inTransaction(em -> {
                var listing = new CaseListing(em, CenterTime.system());
                return listing.caseOf(new ReceiptNumber(report.receiptNumber()))
                        .orElseThrow()
                        .caseId();
            });
            assertThat(named).as(report.receiptNumber()).isEqualTo(kept);
        }
        // and a page of links finds both in one query, a receipt without a case left out
        var receipts = new java.util.ArrayList<ReceiptNumber>();
        merged.reports().forEach(r -> receipts.add(new ReceiptNumber(r.receiptNumber())));
        receipts.add(ReceiptNumber.random());
        java.util.Map<ReceiptNumber, Long> links = db.inTransaction(em -> {
            var listing = new CaseListing(em, CenterTime.system());
            return listing.caseIds(receipts);
        });
        assertThat(links).hasSize(2).containsValues(kept).doesNotContainKey(receipts.get(2));
        // the duplicate's citizen now sees the kept case's replies, each citizen with their own receipt number
        work(w -> w.reply(kept, "受付番号 {{receipt}} の件、二件まとめて対応します。", false, "suzuki"));
        for (CaseView.Report report : merged.reports()) {
            assertThat(seenByCitizenOf(report.complaintId()))
                    .extracting(Message::text)
                    .containsExactly("受付番号 " + report.receiptNumber() + " の件、二件まとめて対応します。");
        }
        // what one citizen answers, the other never reads
        work(w -> w.answer(new ComplaintId(14), "電話番号を書いてしまいました。090-0000-0000"));
        assertThat(seenByCitizenOf(14)).extracting(Message::text).contains("電話番号を書いてしまいました。090-0000-0000");
        assertThat(seenByCitizenOf(16))
                .extracting(Message::text)
                .containsExactly(merged.reports().stream()
                        .filter(r -> r.complaintId() == 16)
                        .map(r -> "受付番号 " + r.receiptNumber() + " の件、二件まとめて対応します。")
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void overdueCasesAreQueuedEscalatedAndCountedPerAdvisor() {
        long caseId = caseOfComplaint(20);
        work(w -> {
            w.assign(List.of(caseId, caseOfComplaint(22)), "kato", "suzuki");
            return null;
        });
        // the cases opened on 2026-11-02; at the end of the month all of them are overdue
        Instant later = Instant.parse("2026-11-30T00:00:00Z");
        var overdue = db.inTransaction(em -> new CaseListing(em, Clock.fixed(later, ZoneOffset.UTC))
                .list(CaseQuery.queue(CaseQueueKind.OVERDUE, null, "PHISHING", 0, 100)));
        assertThat(overdue).extracting(CaseSummary::caseId).contains(caseId);
        assertThat(overdue).allMatch(c -> "PHISHING".equals(c.category()) && c.overdueAt(later));
        int escalated = db.inTransaction(em -> CaseEscalation.escalate(em, later));
        assertThat(escalated).isPositive();
        int again = db.inTransaction(em -> CaseEscalation.escalate(em, later));
        assertThat(again).isZero();
        boolean marked = work(w -> w.find(caseId).orElseThrow().summary().escalated());
        assertThat(marked).isTrue();
        List<AdvisorLoad> load = work(w -> w.load());
        assertThat(load).anySatisfy(l -> {
            assertThat(l.advisor()).isEqualTo("kato");
            assertThat(l.open()).isEqualTo(2);
        });
    }

    @Test
    void machineReportsOfOneCampaignJoinItsOpenCaseWhileCitizensGetTheirOwn() {
        String campaign = "c0ffee00c0ffee00c0ffee00";
        db.run(em -> {
            for (long id = 501; id <= 503; id++) {
                CaseOpening.open(
                        em,
                        new ComplaintReceived(
                                id, ReceiptNumber.random().value(), "casino", "13", T0, "GAMBLING", campaign, false),
                        T0.minusSeconds(1000).plusSeconds(id));
            }
            CaseOpening.open(
                    em,
                    new ComplaintReceived(
                            504, ReceiptNumber.random().value(), "casino", "13", T0, "GAMBLING", campaign, true),
                    T0.minusSeconds(1000).plusSeconds(504));
        });
        long campaignCase = caseOfComplaint(501);
        assertThat(caseOfComplaint(502)).isEqualTo(campaignCase);
        assertThat(caseOfComplaint(503)).isEqualTo(campaignCase);
        assertThat(caseOfComplaint(504))
                .as("a citizen to answer: a case of its own")
                .isNotEqualTo(campaignCase);
        CaseView joined = work(w -> w.find(campaignCase).orElseThrow());
        assertThat(joined.reports())
                .extracting(CaseView.Report::complaintId)
                .containsExactlyInAnyOrder(501L, 502L, 503L);
        assertThat(joined.history())
                .extracting(CaseView.Entry::kind)
                .containsExactly(CaseEntryKind.OPENED, CaseEntryKind.LINKED, CaseEntryKind.LINKED);

        // once the campaign's case is closed, the next machine report opens a new one
        work(w -> w.close(campaignCase, CloseReason.ADVISED, "sato", joined.version()));
        db.run(em -> CaseOpening.open(
                em,
                new ComplaintReceived(
                        505, ReceiptNumber.random().value(), "casino", "13", T0, "GAMBLING", campaign, false),
                T0.minusSeconds(1000).plusSeconds(505)));
        assertThat(caseOfComplaint(505)).isNotEqualTo(campaignCase);
    }

    @Test
    void aPartnersBatchOfOneCampaignOpensOneCaseAndCountsEachReportOnce() {
        String campaign = "ba7c4ba7c4ba7c4ba7c4ba7c";
        var batch = new java.util.ArrayList<ComplaintReceived>();
        for (long id = 601; id <= 604; id++) {
            batch.add(new ComplaintReceived(
                    id, ReceiptNumber.random().value(), "casino", "13", T0, "GAMBLING", campaign, false));
        }
        var citizen = new ComplaintReceived(
                605, ReceiptNumber.random().value(), "casino", "13", T0, "GAMBLING", campaign, true);
        batch.add(citizen);
        batch.add(batch.get(1)); // delivered twice in one batch

        java.util.Set<Long> cases = db.inTransaction(em -> CaseOpening.openAll(em, batch, T0));
        java.util.Set<Long> again = db.inTransaction(em -> CaseOpening.openAll(em, batch, T0.plusSeconds(1)));

        long campaignCase = caseOfComplaint(601);
        assertThat(cases).containsExactlyInAnyOrder(campaignCase, caseOfComplaint(605));
        assertThat(caseOfComplaint(605)).isNotEqualTo(campaignCase);
        assertThat(again).as("a batch delivered again changes nothing").isEmpty();
        CaseView joined = work(w -> w.find(campaignCase).orElseThrow());
        assertThat(joined.reports())
                .extracting(CaseView.Report::complaintId)
                .containsExactlyInAnyOrder(601L, 602L, 603L, 604L);
        assertThat(joined.history())
                .extracting(CaseView.Entry::kind)
                .containsExactly(
                        CaseEntryKind.OPENED, CaseEntryKind.LINKED, CaseEntryKind.LINKED, CaseEntryKind.LINKED);
        assertThat(joined.history())
                .extracting(CaseView.Entry::detail)
                .containsExactly(
                        batch.get(0).receiptNumber(),
                        batch.get(1).receiptNumber(),
                        batch.get(2).receiptNumber(),
                        batch.get(3).receiptNumber());

        // the next batch joins the case the first one opened
        var later = new ComplaintReceived(
                606, ReceiptNumber.random().value(), "casino", "13", T0, "GAMBLING", campaign, false);
        java.util.Set<Long> laterCases =
                db.inTransaction(em -> CaseOpening.openAll(em, List.of(later), T0.plusSeconds(2)));
        assertThat(laterCases).containsExactly(campaignCase);
        assertThat(caseOfComplaint(606)).isEqualTo(campaignCase);
    }

    @Test
    void aFloodOfOneClientsWebReportsIsOneCaseWhileOtherCitizensKeepTheirOwn() {
        String flood = "flood-0a1b2c3d4e-261124";
        var reports = new java.util.ArrayList<ComplaintReceived>();
        for (long id = 701; id <= 730; id++) {
            reports.add(new ComplaintReceived(
                    id,
                    ReceiptNumber.random().value(),
                    "flood " + id,
                    "13",
                    T0,
                    "OTHER",
                    null,
                    true,
                    jp.spamcenter.complaint.api.Channel.PC_MAIL,
                    jp.spamcenter.complaint.api.Intake.WEB_FORM,
                    flood));
        }
        var neighbour = new ComplaintReceived(
                731, ReceiptNumber.random().value(), "a real one", "13", T0, "PHISHING", null, true);

        // delivered in two batches, as the outbox may: the second joins the case the first opened
        // (an hour before the other tests' cases, which the list tests page through)
        Instant at = T0.minusSeconds(3_600);
        db.inTransaction(em -> CaseOpening.openAll(em, reports.subList(0, 10), at));
        var rest = new java.util.ArrayList<>(reports.subList(10, 30));
        rest.add(neighbour);
        db.inTransaction(em -> CaseOpening.openAll(em, rest, at.plusSeconds(5)));

        long floodCase = caseOfComplaint(701);
        for (long id = 702; id <= 730; id++) {
            assertThat(caseOfComplaint(id)).as("report " + id).isEqualTo(floodCase);
        }
        assertThat(caseOfComplaint(731)).as("another citizen's report").isNotEqualTo(floodCase);
        CaseView view = work(w -> w.find(floodCase).orElseThrow());
        assertThat(view.reports()).hasSize(30);
    }

    @Test
    void aClosedCasesConversationIsRemovedWhenItsPeriodEndsAndItsHistoryStays() {
        var report = new ComplaintReceived(801, ReceiptNumber.random().value(), "retention", "13", T0, "OTHER");
        db.inTransaction(em -> CaseOpening.open(em, report, T0.minusSeconds(7_200)));
        long caseId = caseOfComplaint(801);
        work(w -> w.note(caseId, "電話で確認済み。", "sato"));
        work(w -> w.reply(caseId, "リンクは開かないでください。", true, "sato"));
        work(w -> w.close(
                caseId,
                CloseReason.ADVISED,
                "sato",
                w.find(caseId).orElseThrow().version()));
        // closed long ago (the other tests' cases are closed today)
        Instant closedAt = Instant.parse("2020-01-01T00:00:00Z");
        db.run(em -> em.createNativeQuery("UPDATE adv_case SET closed_at = ? WHERE id = ?")
                .setParameter(1, java.time.LocalDateTime.ofInstant(closedAt, ZoneOffset.UTC))
                .setParameter(2, caseId)
                .executeUpdate());

        // a referral with the citizen's consent: its summary, the answer and the consenting citizen's name go too
        db.run(em -> em.createNativeQuery("INSERT INTO adv_consent (case_id, data_items, how, given_by, recorded_by,"
                        + " given_at) VALUES (?, 'CONTACT_EMAIL', 'PHONE', '佐藤花子', 'sato', ?)")
                .setParameter(1, caseId)
                .setParameter(2, java.time.LocalDateTime.ofInstant(closedAt, ZoneOffset.UTC))
                .executeUpdate());
        db.run(em -> em.createNativeQuery("INSERT INTO adv_referral (case_id, destination_kind, destination_name,"
                        + " reason, summary, channel, state, feedback, created_by, created_at) VALUES (?,"
                        + " 'CONSUMER_CENTER', '東京都消費生活総合センター', 'MONEY_LOST', '佐藤様は3万円を支払った。', 'MAIL',"
                        + " 'RESOLVED', '返金交渉中', 'sato', ?)")
                .setParameter(1, caseId)
                .setParameter(2, java.time.LocalDateTime.ofInstant(closedAt, ZoneOffset.UTC))
                .executeUpdate());
        int early = db.inTransaction(em -> ConversationSweep.sweep(
                new ConversationWork(em), closedAt.plus(java.time.Duration.ofDays(1_094)), 1_095));
        assertThat(early).isZero();
        assertThat(work(w -> w.find(caseId).orElseThrow()).history())
                .extracting(CaseView.Entry::body)
                .contains("電話で確認済み。");

        int swept = db.inTransaction(em -> ConversationSweep.sweep(
                new ConversationWork(em), closedAt.plus(java.time.Duration.ofDays(1_096)), 1_095));
        assertThat(swept).isEqualTo(1);
        CaseView kept = work(w -> w.find(caseId).orElseThrow());
        assertThat(kept.history()).extracting(CaseView.Entry::body).containsOnlyNulls();
        assertThat(kept.history())
                .extracting(CaseView.Entry::kind)
                .contains(CaseEntryKind.OPENED, CaseEntryKind.NOTE, CaseEntryKind.REPLY, CaseEntryKind.STATUS);
        assertThat(kept.firstResponseAt()).as("what the figures stand on stays").isNotNull();
        String referral = db.inTransaction(em -> (String) em.createNativeQuery(
                        "SELECT CONCAT(r.destination_name, '|', r.summary,"
                                + " '|', COALESCE(r.feedback, '-'), '|', r.state, '|', c.given_by, '|', c.data_items)"
                                + " FROM adv_referral r JOIN adv_consent c ON c.case_id = r.case_id WHERE r.case_id = ?")
                .setParameter(1, caseId)
                .getSingleResult());
        assertThat(referral)
                .as("the referral is still counted, without the citizen's words or name")
                .isEqualTo("東京都消費生活総合センター||-|RESOLVED||CONTACT_EMAIL");
    }

    private static List<CaseSummary> list(CaseQuery query) {
        return db.inTransaction(em -> new CaseListing(em, Clock.fixed(Instant.now(), ZoneOffset.UTC)).list(query));
    }

    private static long caseOfComplaint(long complaintId) {
        return db.inTransaction(em ->
                new CaseRepository(em).answering(complaintId).orElseThrow().id());
    }

    private static List<Message> seenByCitizenOf(long complaintId) {
        return work(w -> w.of(new ComplaintId(complaintId)).orElseThrow().messages());
    }

    private static <T> T work(Function<CaseWork, T> action) {
        return db.inTransaction(em -> {
            var work = new CaseWork();
            work.em = em;
            work.clock = CenterTime.system();
            return action.apply(work);
        });
    }
}
