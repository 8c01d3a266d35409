package jp.spamcenter.complaint.internal.analysis;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/** Dates as mail servers write them (RFC 5322 and its common deviations), read leniently. */
final class ReceivedDates {

    /** "Tue, 6 Jan 2004 16:11:19 -0600", with or without the day name and seconds. */
    private static final DateTimeFormatter RFC_5322 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .parseLenient()
            .optionalStart()
            .appendPattern("EEE, ")
            .optionalEnd()
            .appendPattern("d MMM ")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 1950)
            .appendPattern(" H:mm")
            .optionalStart()
            .appendPattern(":ss")
            .optionalEnd()
            .appendPattern(" ")
            .appendOffset("+HHMM", "GMT")
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.LENIENT);

    private static final java.util.regex.Pattern COMMON = java.util.regex.Pattern.compile(
            "(?:[A-Za-z]{3},\\s*)?(\\d{1,2}) ([A-Za-z]{3}) (\\d{4}) (\\d{1,2}):(\\d{2})(?::(\\d{2}))? ([+-])(\\d{2})(\\d{2})");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("\\([^)]*\\)");

    private ReceivedDates() {}

    /**
     * The form nearly every server writes, "Mon, 23 Nov 2026 10:08:00 +0900", read field by field; null for
     * anything else.
     */
    private static Instant fieldByField(String s) {
        var at = new int[] {0};
        if (s.length() > 5 && s.charAt(3) == ',' && Character.isLetter(s.charAt(0))) {
            at[0] = 4;
            while (at[0] < s.length() && s.charAt(at[0]) == ' ') {
                at[0]++;
            }
        }
        int day = number(s, at, 1, 2);
        if (day < 0 || !skip(s, at, ' ') || at[0] + 4 > s.length()) {
            return null;
        }
        int month = MONTHS.indexOf(s.substring(at[0], at[0] + 3).toLowerCase(Locale.ROOT));
        at[0] += 3;
        if (month < 0 || month % 3 != 0 || !skip(s, at, ' ')) {
            return null;
        }
        int year = number(s, at, 4, 4);
        if (year < 0 || !skip(s, at, ' ')) {
            return null;
        }
        int hour = number(s, at, 1, 2);
        if (hour < 0 || !skip(s, at, ':')) {
            return null;
        }
        int minute = number(s, at, 2, 2);
        int second = 0;
        if (minute < 0) {
            return null;
        }
        if (at[0] < s.length() && s.charAt(at[0]) == ':') {
            at[0]++;
            second = number(s, at, 2, 2);
            if (second < 0) {
                return null;
            }
        }
        if (!skip(s, at, ' ') || at[0] + 5 != s.length()) {
            return null;
        }
        char sign = s.charAt(at[0]++);
        int offsetHours = number(s, at, 2, 2);
        int offsetMinutes = number(s, at, 2, 2);
        if ((sign != '+' && sign != '-') || offsetHours < 0 || offsetMinutes < 0) {
            return null;
        }
        try {
            int offset = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
            return java.time.LocalDateTime.of(year, month / 3 + 1, day, hour, minute, second)
                    .toInstant(java.time.ZoneOffset.ofTotalSeconds(offset));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A number of {@code min} to {@code max} digits at {@code at[0]}, which moves past it; -1 when none. */
    private static int number(String s, int[] at, int min, int max) {
        int value = 0;
        int digits = 0;
        while (at[0] < s.length() && digits < max && s.charAt(at[0]) >= '0' && s.charAt(at[0]) <= '9') {
            value = value * 10 + (s.charAt(at[0]++) - '0');
            digits++;
        }
        return digits >= min ? value : -1;
    }

    private static boolean skip(String s, int[] at, char c) {
        if (at[0] < s.length() && s.charAt(at[0]) == c) {
            at[0]++;
            return true;
        }
        return false;
    }

    /** The usual form, read without the general formatter (which is slow); empty for anything else. */
    private static Optional<Instant> quickParse(String s) {
        Instant fast = fieldByField(s);
        if (fast != null) {
            return Optional.of(fast);
        }
        var m = COMMON.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(java.util.Locale.ROOT));
        if (month < 0 || month % 3 != 0) {
            return Optional.empty();
        }
        try {
            int offset = (Integer.parseInt(m.group(8)) * 3600 + Integer.parseInt(m.group(9)) * 60)
                    * (m.group(7).equals("-") ? -1 : 1);
            var local = java.time.LocalDateTime.of(
                    Integer.parseInt(m.group(3)),
                    month / 3 + 1,
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return Optional.of(local.toInstant(java.time.ZoneOffset.ofTotalSeconds(offset)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static final java.util.Map<String, String> ZONES = java.util.Map.of(
            "UT", "+0000", "UTC", "+0000", "GMT", "+0000", "Z", "+0000", "EST", "-0500", "EDT", "-0400", "CST", "-0600",
            "CDT", "-0500", "PST", "-0800", "PDT", "-0700");

    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text;
        if (s.indexOf('(') >= 0) {
            s = COMMENT.matcher(s).replaceAll(" "); // comments such as (PST)
        }
        s = Chars.collapseWhitespace(s);
        int space = s.lastIndexOf(' ');
        String last = space < 0 ? s : s.substring(space + 1);
        String offset = ZONES.get(last.toUpperCase(java.util.Locale.ROOT));
        if (offset == null && last.equalsIgnoreCase("JST")) {
            offset = "+0900";
        }
        if (offset != null) {
            s = s.substring(0, space + 1) + offset;
        }
        Optional<Instant> quick = quickParse(s);
        if (quick.isPresent()) {
            return quick;
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, RFC_5322).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
