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

    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.replaceAll("\\([^)]*\\)", " ") // comments such as (PST)
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("(?i)\\b(UT|UTC|GMT|Z)$", "+0000")
                .replaceAll("(?i)\\bEST$", "-0500")
                .replaceAll("(?i)\\bEDT$", "-0400")
                .replaceAll("(?i)\\bCST$", "-0600")
                .replaceAll("(?i)\\bCDT$", "-0500")
                .replaceAll("(?i)\\bPST$", "-0800")
                .replaceAll("(?i)\\bPDT$", "-0700")
                .replaceAll("(?i)\\bJST$", "+0900");
        try {
            return Optional.of(ZonedDateTime.parse(s, RFC_5322).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
