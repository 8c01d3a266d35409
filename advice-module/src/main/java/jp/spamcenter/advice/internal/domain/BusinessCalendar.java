package jp.spamcenter.advice.internal.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import jp.spamcenter.complaint.api.CenterTime;

/**
 * The center's working time: its opening hours on weekdays that are not national holidays ({@link
 * JapaneseHolidays}) nor in the year-end closure (December 29 to January 3). Deadlines are counted in this
 * time, so a case reported on Friday evening is not overdue on Monday morning.
 */
public final class BusinessCalendar {

    /** The center's usual hours: 10:00 to 17:00, Japan time. */
    public static final BusinessCalendar CENTER =
            new BusinessCalendar(CenterTime.ZONE, LocalTime.of(10, 0), LocalTime.of(17, 0));

    private final ZoneId zone;
    private final LocalTime opens;
    private final LocalTime closes;

    public BusinessCalendar(ZoneId zone, LocalTime opens, LocalTime closes) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("the center must open before it closes: " + opens + "–" + closes);
        }
        this.zone = zone;
        this.opens = opens;
        this.closes = closes;
    }

    /** The length of one working day. */
    public Duration day() {
        return Duration.between(opens, closes);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isYearEndClosure(day)
                && !JapaneseHolidays.isHoliday(day);
    }

    private static boolean isYearEndClosure(LocalDate day) {
        return (day.getMonthValue() == 12 && day.getDayOfMonth() >= 29)
                || (day.getMonthValue() == 1 && day.getDayOfMonth() <= 3);
    }

    /** The instant when {@code amount} of working time has passed after {@code from}. */
    public Instant plus(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative: " + amount);
        }
        LocalDateTime at = start(LocalDateTime.ofInstant(from, zone));
        Duration left = amount;
        while (true) {
            LocalDateTime close = at.toLocalDate().atTime(closes);
            Duration today = Duration.between(at, close);
            if (left.compareTo(today) <= 0) {
                return at.plus(left).atZone(zone).toInstant();
            }
            left = left.minus(today);
            at = start(at.toLocalDate().plusDays(1).atTime(opens));
        }
    }

    /** The working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime at = start(LocalDateTime.ofInstant(from, zone));
        LocalDateTime end = LocalDateTime.ofInstant(to, zone);
        Duration total = Duration.ZERO;
        while (at.isBefore(end)) {
            LocalDateTime close = at.toLocalDate().atTime(closes);
            total = total.plus(Duration.between(at, end.isBefore(close) ? end : close));
            at = start(at.toLocalDate().plusDays(1).atTime(opens));
        }
        return total;
    }

    /** The first working moment at or after {@code at}. */
    private LocalDateTime start(LocalDateTime at) {
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        if (!time.isBefore(closes)) {
            day = day.plusDays(1);
            time = opens;
        } else if (time.isBefore(opens)) {
            time = opens;
        }
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
            time = opens;
        }
        return day.atTime(time);
    }

    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }
}
