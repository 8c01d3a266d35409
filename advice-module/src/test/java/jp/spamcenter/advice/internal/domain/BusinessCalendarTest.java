package jp.spamcenter.advice.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.spamcenter.complaint.api.CenterTime;
import org.junit.jupiter.api.Test;

/** Japan's holidays for any year, and working time counted across nights, weekends, holidays and New Year. */
class BusinessCalendarTest {

    private static final BusinessCalendar CENTER = BusinessCalendar.CENTER;

    @Test
    void theHolidaysOf2026AsTheCabinetOfficeListsThem() {
        assertThat(JapaneseHolidays.of(2026).keySet())
                .extracting(LocalDate::toString)
                .containsExactly(
                        "2026-01-01",
                        "2026-01-12",
                        "2026-02-11",
                        "2026-02-23",
                        "2026-03-20",
                        "2026-04-29",
                        "2026-05-03",
                        "2026-05-04",
                        "2026-05-05",
                        "2026-05-06",
                        "2026-07-20",
                        "2026-08-11",
                        "2026-09-21",
                        "2026-09-22",
                        "2026-09-23",
                        "2026-10-12",
                        "2026-11-03",
                        "2026-11-23");
        assertThat(JapaneseHolidays.of(2026).get(LocalDate.of(2026, 5, 6))).isEqualTo("振替休日");
        assertThat(JapaneseHolidays.of(2026).get(LocalDate.of(2026, 9, 22))).isEqualTo("国民の休日");
    }

    @Test
    void theEnthronementYearAndTheOlympicYearsFollowTheirSpecialLaws() {
        assertThat(JapaneseHolidays.of(2019).keySet())
                .extracting(LocalDate::toString)
                .containsExactly(
                        "2019-01-01",
                        "2019-01-14",
                        "2019-02-11",
                        "2019-03-21",
                        "2019-04-29",
                        "2019-04-30",
                        "2019-05-01",
                        "2019-05-02",
                        "2019-05-03",
                        "2019-05-04",
                        "2019-05-05",
                        "2019-05-06",
                        "2019-07-15",
                        "2019-08-11",
                        "2019-08-12",
                        "2019-09-16",
                        "2019-09-23",
                        "2019-10-14",
                        "2019-10-22",
                        "2019-11-03",
                        "2019-11-04",
                        "2019-11-23");
        assertThat(JapaneseHolidays.of(2020).keySet())
                .extracting(LocalDate::toString)
                .containsExactly(
                        "2020-01-01",
                        "2020-01-13",
                        "2020-02-11",
                        "2020-02-23",
                        "2020-02-24",
                        "2020-03-20",
                        "2020-04-29",
                        "2020-05-03",
                        "2020-05-04",
                        "2020-05-05",
                        "2020-05-06",
                        "2020-07-23",
                        "2020-07-24",
                        "2020-08-10",
                        "2020-09-21",
                        "2020-09-22",
                        "2020-11-03",
                        "2020-11-23");
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2021, 8, 9)))
                .as("山の日 2021 fell on a Sunday")
                .isTrue();
    }

    @Test
    void yearsAheadAreComputedNotTypedIn() {
        // equinoxes as the National Astronomical Observatory announced them
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2027, 3, 21))).isTrue();
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2027, 9, 23))).isTrue();
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2032, 9, 21)))
                .as("秋分 on the 21st")
                .isTrue();
        // 2032: 敬老の日 Sep 20, 秋分 Sep 21 — no day between them
        assertThat(JapaneseHolidays.of(2032)).hasSize(17);
        assertThatThrownBy(() -> JapaneseHolidays.of(2100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingTimeRunsFromFridayAfternoonToMonday() {
        // Friday 2026-11-20 16:00 Tokyo + 3 hours: 1 hour on Friday, Monday 23rd is 勤労感謝の日, so Tuesday 12:00
        Instant friday = tokyo("2026-11-20T16:00");
        assertThat(CENTER.plus(friday, Duration.ofHours(3))).isEqualTo(tokyo("2026-11-24T12:00"));
        assertThat(CENTER.between(friday, tokyo("2026-11-24T12:00"))).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void theYearEndClosureAndNewYearAreNotWorkingTime() {
        // Monday 2026-12-28 15:00 + 7 hours: 2 hours on the 28th, closed 29th–3rd, Jan 4 2027 is a Monday
        Instant lastDay = tokyo("2026-12-28T15:00");
        assertThat(CENTER.plus(lastDay, Duration.ofHours(7))).isEqualTo(tokyo("2027-01-04T15:00"));
        assertThat(CENTER.between(lastDay, tokyo("2027-01-05T10:00"))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void timeOutsideOpeningHoursStartsAtTheNextOpening() {
        Instant night = tokyo("2026-11-25T22:30");
        assertThat(CENTER.plus(night, Duration.ZERO)).isEqualTo(tokyo("2026-11-26T10:00"));
        assertThat(CENTER.plus(night, Duration.ofMinutes(90))).isEqualTo(tokyo("2026-11-26T11:30"));
        assertThat(CENTER.between(night, tokyo("2026-11-26T09:59"))).isZero();
        assertThat(CENTER.plus(tokyo("2026-11-26T10:00"), Duration.ofHours(7))).isEqualTo(tokyo("2026-11-26T17:00"));
    }

    private static Instant tokyo(String local) {
        return LocalDateTime.parse(local).atZone(CenterTime.ZONE).toInstant();
    }
}
