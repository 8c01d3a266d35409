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

    private ReceivedDates() {}

    /** The usual form, read without the general formatter (which is slow); empty for anything else. */
    private static Optional<Instant> quickParse(String s) {
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
            s = s.replaceAll("\\([^)]*\\)", " "); // comments such as (PST)
        }
        s = s.replaceAll("\\s+", " ").strip();
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
