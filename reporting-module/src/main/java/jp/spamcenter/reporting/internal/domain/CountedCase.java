package jp.spamcenter.reporting.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import jp.spamcenter.advice.api.CaseFigures;

/** What a case counts as: opened on its day, answered and closed (in time or not) with their minutes. */
public record CountedCase(
        boolean counted,
        LocalDate day,
        boolean answered,
        boolean answeredInTime,
        long responseMinutes,
        LocalDate closedDay,
        boolean closedInTime,
        long resolutionMinutes) {

    /** A row made for locking, before its figures were told: it counts nowhere. */
    public static final CountedCase NONE = new CountedCase(false, null, false, false, 0, null, false, 0);

    public static CountedCase of(CaseFigures f) {
        return new CountedCase(
                !f.merged() && f.openedAt() != null,
                dayOf(f.openedAt()),
                f.answered(),
                f.answeredInTime(),
                f.responseMinutes(),
                dayOf(f.closedAt()),
                f.closedInTime(),
                f.resolutionMinutes());
    }

    /** Adds (sign 1) or takes away (sign -1) what this case counts, keyed by day and measure. */
    public void count(Tally tally, int sign) {
        if (!counted) {
            return;
        }
        tally.add(sign, day, CaseMeasure.OPENED.name());
        if (answered) {
            tally.add(sign, day, CaseMeasure.ANSWERED.name());
            tally.add(sign * responseMinutes, day, CaseMeasure.RESPONSE_MINUTES.name());
            tally.add(answeredInTime ? sign : 0, day, CaseMeasure.ANSWERED_IN_TIME.name());
        }
        if (closedDay != null) {
            tally.add(sign, day, CaseMeasure.CLOSED.name());
            tally.add(sign * resolutionMinutes, day, CaseMeasure.RESOLUTION_MINUTES.name());
            tally.add(closedInTime ? sign : 0, day, CaseMeasure.CLOSED_IN_TIME.name());
            tally.add(sign, closedDay, CaseMeasure.CLOSED_ON.name());
        }
    }

    /** The day on the center's calendar, or null for a moment that has not come (not answered, not sent). */
    static LocalDate dayOf(Instant at) {
        return at == null ? null : CountedReport.centerDay(at);
    }
}
