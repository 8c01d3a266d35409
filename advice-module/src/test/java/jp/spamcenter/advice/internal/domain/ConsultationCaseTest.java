package jp.spamcenter.advice.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.spamcenter.advice.api.CaseChangeRejected;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.CasePriority;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.advice.api.CloseReason;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ComplaintReceived;
import org.junit.jupiter.api.Test;

/** A case's states, deadlines and merging, without a database. */
class ConsultationCaseTest {

    /** Friday 2026-11-20 16:00 in Tokyo; Monday the 23rd is a national holiday. */
    private static final Instant FRIDAY = tokyo("2026-11-20T16:00");

    @Test
    void deadlinesAreCountedInWorkingTimeFromTheOpening() {
        var normal = open(1, "DATING");
        // NORMAL: first response in 7 working hours: 1 on Friday, 6 on Tuesday (Monday is 勤労感謝の日)
        assertThat(normal.summary().priority()).isEqualTo(CasePriority.NORMAL);
        assertThat(normal.summary().dueAt()).isEqualTo(tokyo("2026-11-24T16:00"));
        var phishing = open(2, "PHISHING");
        // money or credentials at stake: HIGH, 4 working hours
        assertThat(phishing.summary().priority()).isEqualTo(CasePriority.HIGH);
        assertThat(phishing.summary().dueAt()).isEqualTo(tokyo("2026-11-24T13:00"));
    }

    @Test
    void aNewCaseGivenToAnAdvisorIsTriagedAndGivingItBackToNobodyLeavesItsStatus() {
        var c = open(1, "DATING");
        var entries = c.giveTo("sato", "supervisor", FRIDAY.plusSeconds(60));
        assertThat(entries)
                .extracting(e -> e.view().kind())
                .containsExactly(CaseEntryKind.ASSIGNED, CaseEntryKind.STATUS);
        assertThat(entries).allSatisfy(e -> assertThat(e.view().actor()).isEqualTo("supervisor"));
        assertThat(c.status()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(c.assignee()).isEqualTo("sato");

        assertThat(c.giveTo(null, "supervisor", FRIDAY.plusSeconds(120)))
                .extracting(e -> e.view().kind())
                .containsExactly(CaseEntryKind.ASSIGNED);
        assertThat(c.assignee()).isNull();
        assertThat(c.status()).isEqualTo(CaseStatus.TRIAGED);
    }

    @Test
    void theFirstReplyMeetsTheFirstResponseTargetAndTheResolutionTargetTakesOver() {
        var c = open(1, "DATING");
        var view = c.view(java.util.List.of(), java.util.List.of());
        c.take("sato", FRIDAY.plusSeconds(60));
        assertThat(c.status()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(c.assignee()).isEqualTo("sato");

        var entries = c.reply("迷惑メールには返信しないでください。", true, "sato", FRIDAY.plusSeconds(120));

        assertThat(entries).extracting(e -> e.view().kind()).containsExactly(CaseEntryKind.REPLY, CaseEntryKind.STATUS);
        assertThat(entries.get(0).view().visibleToCitizen()).isTrue();
        assertThat(c.status()).isEqualTo(CaseStatus.WAITING_FOR_CITIZEN);
        assertThat(c.summary().dueAt()).isEqualTo(view.resolutionDue());
    }

    @Test
    void theCitizensAnswerBringsTheCaseBackToTheAdvisors() {
        var c = open(1, "DATING");
        c.reply("どのような内容でしたか。", true, "sato", FRIDAY);
        var entries = c.citizenAnswered(1, "URLを押してしまいました。", FRIDAY.plusSeconds(600));
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(entries.get(0).view().kind()).isEqualTo(CaseEntryKind.CITIZEN_MESSAGE);
        assertThat(entries.get(0).view().actor()).isNull();
    }

    @Test
    void statusRulesAreKept() {
        var c = open(1, "OTHER");
        assertThatThrownBy(() -> c.moveTo(CaseStatus.CLOSED, "sato", FRIDAY))
                .isInstanceOf(CaseChangeRejected.class)
                .extracting(e -> ((CaseChangeRejected) e).code())
                .isEqualTo("closeNeedsReason");
        c.close(CloseReason.OUT_OF_SCOPE, "sato", FRIDAY);
        assertThat(c.summary().dueAt()).as("a closed case has no deadline").isNull();
        assertThatThrownBy(() -> c.reply("hello", false, "sato", FRIDAY))
                .isInstanceOf(CaseChangeRejected.class)
                .hasMessageContaining("reopen");
        assertThatThrownBy(() -> c.moveTo(CaseStatus.WAITING_FOR_CITIZEN, "sato", FRIDAY))
                .isInstanceOf(CaseChangeRejected.class);
        c.moveTo(CaseStatus.IN_PROGRESS, "sato", FRIDAY);
        assertThat(c.summary().dueAt()).as("reopened: a deadline again").isNotNull();
        assertThatThrownBy(() -> c.note("  ", "sato", FRIDAY)).isInstanceOf(CaseChangeRejected.class);
    }

    @Test
    void aHigherPriorityBringsTheDeadlinesForward() {
        var c = open(1, "OTHER");
        Instant before = c.summary().dueAt();
        c.prioritise(CasePriority.URGENT, "suzuki", FRIDAY, BusinessCalendar.CENTER);
        // 2 working hours from Friday 16:00: 1 on Friday, 1 on Tuesday
        assertThat(c.summary().dueAt()).isEqualTo(tokyo("2026-11-24T11:00")).isBefore(before);
    }

    @Test
    void aMergedCaseClosesAsADuplicateAndPointsToTheKeptOne() {
        var kept = open(1, "PHISHING");
        var duplicate = open(2, "PHISHING");
        duplicate.reply("確認します。", false, "sato", FRIDAY.plusSeconds(30));

        var closing = duplicate.mergeInto(kept, "suzuki", FRIDAY.plusSeconds(60));

        assertThat(duplicate.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closing.view().detail()).contains("DUPLICATE");
        assertThat(duplicate.view(java.util.List.of(), java.util.List.of()).mergedInto())
                .isEqualTo(1L);
        assertThat(kept.view(java.util.List.of(), java.util.List.of()).firstResponseAt())
                .as("the citizen of the duplicate had an answer: the kept case counts it")
                .isEqualTo(FRIDAY.plusSeconds(30));
        assertThatThrownBy(() -> kept.mergeInto(kept, "suzuki", FRIDAY)).isInstanceOf(CaseChangeRejected.class);
        assertThatThrownBy(() -> open(3, "OTHER").mergeInto(duplicate, "suzuki", FRIDAY))
                .as("not into a closed case")
                .isInstanceOf(CaseChangeRejected.class);
    }

    @Test
    void anOverdueCaseIsEscalatedOnce() {
        var c = open(1, "OTHER");
        assertThat(c.escalate(FRIDAY.plusSeconds(86_400 * 5))).isNotNull();
        assertThat(c.summary().escalated()).isTrue();
        assertThat(c.escalate(FRIDAY.plusSeconds(86_400 * 6))).isNull();
    }

    private static ConsultationCase open(long id, String category) {
        var c = ConsultationCase.openFor(
                new ComplaintReceived(id, "R" + id, "subject", "13", FRIDAY, category),
                FRIDAY,
                BusinessCalendar.CENTER);
        try {
            Field field = ConsultationCase.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(c, id); // as the database would
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return c;
    }

    private static Instant tokyo(String local) {
        return LocalDateTime.parse(local).atZone(CenterTime.ZONE).toInstant();
    }
}
