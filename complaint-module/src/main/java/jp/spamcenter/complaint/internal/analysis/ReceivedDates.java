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

    private ReceivedDates() {}

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
        try {
            return Optional.of(ZonedDateTime.parse(s, RFC_5322).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
