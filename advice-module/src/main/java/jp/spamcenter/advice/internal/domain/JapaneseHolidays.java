package jp.spamcenter.advice.internal.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's national holidays (国民の祝日に関する法律), computed for any year from 1980 to 2099 rather than typed in
 * per year: fixed days, the "Happy Monday" days, the equinoxes by the formula the National Astronomical
 * Observatory's announcements follow, substitute holidays (振替休日) and citizens' holidays (国民の休日), and the
 * one-off changes of 2019 (the enthronement) and 2020–2021 (the Olympic Games).
 */
public final class JapaneseHolidays {

    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private JapaneseHolidays() {}

    public static boolean isHoliday(LocalDate day) {
        return of(day.getYear()).containsKey(day);
    }

    /** The holidays of a year, in date order, with their names in Japanese. */
    public static Map<LocalDate, String> of(int year) {
        if (year < 1980 || year > 2099) {
            throw new IllegalArgumentException("holidays are computed for 1980–2099, not " + year);
        }
        return BY_YEAR.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static Map<LocalDate, String> compute(int y) {
        var days = new TreeMap<LocalDate, String>();
        days.put(LocalDate.of(y, 1, 1), "元日");
        days.put(y >= 2000 ? monday(y, Month.JANUARY, 2) : LocalDate.of(y, 1, 15), "成人の日");
        days.put(LocalDate.of(y, 2, 11), "建国記念の日");
        if (y >= 2020) {
            days.put(LocalDate.of(y, 2, 23), "天皇誕生日");
        }
        days.put(LocalDate.of(y, 3, vernalEquinox(y)), "春分の日");
        days.put(LocalDate.of(y, 4, 29), y >= 2007 ? "昭和の日" : y >= 1989 ? "みどりの日" : "天皇誕生日");
        days.put(LocalDate.of(y, 5, 3), "憲法記念日");
        if (y >= 2007) {
            days.put(LocalDate.of(y, 5, 4), "みどりの日");
        }
        days.put(LocalDate.of(y, 5, 5), "こどもの日");
        if (y == 2020) {
            days.put(LocalDate.of(y, 7, 23), "海の日");
        } else if (y == 2021) {
            days.put(LocalDate.of(y, 7, 22), "海の日");
        } else if (y >= 2003) {
            days.put(monday(y, Month.JULY, 3), "海の日");
        } else if (y >= 1996) {
            days.put(LocalDate.of(y, 7, 20), "海の日");
        }
        if (y == 2020) {
            days.put(LocalDate.of(y, 8, 10), "山の日");
        } else if (y == 2021) {
            days.put(LocalDate.of(y, 8, 8), "山の日");
        } else if (y >= 2016) {
            days.put(LocalDate.of(y, 8, 11), "山の日");
        }
        days.put(y >= 2003 ? monday(y, Month.SEPTEMBER, 3) : LocalDate.of(y, 9, 15), "敬老の日");
        days.put(LocalDate.of(y, 9, autumnalEquinox(y)), "秋分の日");
        String sportsDay = y >= 2020 ? "スポーツの日" : "体育の日";
        if (y == 2020) {
            days.put(LocalDate.of(y, 7, 24), sportsDay);
        } else if (y == 2021) {
            days.put(LocalDate.of(y, 7, 23), sportsDay);
        } else {
            days.put(y >= 2000 ? monday(y, Month.OCTOBER, 2) : LocalDate.of(y, 10, 10), sportsDay);
        }
        days.put(LocalDate.of(y, 11, 3), "文化の日");
        days.put(LocalDate.of(y, 11, 23), "勤労感謝の日");
        if (y >= 1989 && y <= 2018) {
            days.put(LocalDate.of(y, 12, 23), "天皇誕生日");
        }
        if (y == 2019) {
            days.put(LocalDate.of(y, 5, 1), "天皇の即位の日");
            days.put(LocalDate.of(y, 10, 22), "即位礼正殿の儀の行われる日");
        }
        if (y == 1989) {
            days.put(LocalDate.of(y, 2, 24), "昭和天皇の大喪の礼");
        }
        if (y == 1990) {
            days.put(LocalDate.of(y, 11, 12), "即位礼正殿の儀");
        }
        if (y == 1993) {
            days.put(LocalDate.of(y, 6, 9), "皇太子徳仁親王の結婚の儀");
        }
        if (y >= 1986) {
            citizensHolidays(y, days);
        }
        substituteHolidays(y, days);
        return java.util.Collections.unmodifiableMap(days);
    }

    /** A day between two holidays that is not a holiday or a Sunday is one itself (since 1986). */
    private static void citizensHolidays(int y, TreeMap<LocalDate, String> days) {
        var sandwiched = new TreeMap<LocalDate, String>();
        for (LocalDate day : days.keySet()) {
            LocalDate next = day.plusDays(1);
            if (!days.containsKey(next)
                    && days.containsKey(day.plusDays(2))
                    && next.getDayOfWeek() != DayOfWeek.SUNDAY
                    && next.getYear() == y) {
                sandwiched.put(next, "国民の休日");
            }
        }
        days.putAll(sandwiched);
    }

    /**
     * A holiday on a Sunday gives the next day that is not a holiday (since 2007; from 1973 the Monday) as a
     * substitute.
     */
    private static void substituteHolidays(int y, TreeMap<LocalDate, String> days) {
        var substitutes = new TreeMap<LocalDate, String>();
        for (LocalDate day : days.keySet()) {
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                continue;
            }
            LocalDate substitute = day.plusDays(1);
            if (y >= 2007) {
                while (days.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
            } else if (days.containsKey(substitute)) {
                continue;
            }
            substitutes.put(substitute, "振替休日");
        }
        days.putAll(substitutes);
    }

    private static LocalDate monday(int year, Month month, int nth) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
    }

    /** The day of March of the vernal equinox in Japan's time, 1980–2099. */
    static int vernalEquinox(int y) {
        return (int) Math.floor(20.8431 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4.0));
    }

    /** The day of September of the autumnal equinox in Japan's time, 1980–2099. */
    static int autumnalEquinox(int y) {
        return (int) Math.floor(23.2488 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4.0));
    }
}
