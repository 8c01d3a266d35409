package jp.spamcenter.complaint.internal.analysis;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code Received:} header read the way the many mail servers write it: the relay's address (the one
 * that connected), the name it gave (HELO), its reverse DNS, the receiving host, the queue id, the date.
 *
 * <p>The address is taken only from the "from" part and only where a server recorded it (in brackets or
 * parentheses, or as the bare client address); a HELO argument is never taken for the relay's address, and
 * lines written by local fetchers and scanners (fetchmail, qmail-scanner, qmail's "invoked" lines) give none.
 */
record ReceivedHeader(String fromHost, String ip, String helo, String rdns, String by, String id, Instant date) {

    private static final int MAX_LENGTH = 4000;

    private static final Pattern LOCAL_NOTE = Pattern.compile(
            "^\\(qmail \\d+ |\\bwith (?:IMAP|POP3|ESMTP)? ?\\(fetchmail|\\bqmail-scanner|\\bfetchmail-",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_PART =
            Pattern.compile("^\\(?\\s*from\\s+(.*?)(?:\\s+|\\))(?:by|via)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("(?:^|[\\s)])by\\s+([^\\s;(),]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\bid\\s+<?([^\\s;<>]+)>?", Pattern.CASE_INSENSITIVE);

    private static final String V4 = "\\d{1,3}(?:\\.\\d{1,3}){3}";
    private static final String V6 = "(?:IPv6:)?[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?::" + V4 + ")?";
    private static final String ADDRESS = "(" + V4 + "|" + V6 + ")";
    /** {@code [1.2.3.4]}, {@code [1.2.3.4:port]}, {@code [1.2.3.4.port]}, {@code [::ffff:1.2.3.4]}. */
    private static final Pattern BRACKETED = Pattern.compile("\\[" + ADDRESS + "(?:[.:]\\d{1,5})?\\]");
    /** {@code (1.2.3.4)}, {@code (ident@1.2.3.4)}, {@code ( 1.2.3.4)}, {@code (1.2.3.4:port)}. */
    private static final Pattern PARENTHESISED =
            Pattern.compile("\\(\\s*(?:[^\\s()@]+(?:@[^\\s()@]+)?@)?" + ADDRESS + "(?::\\d{1,5})?\\s*\\)");
    /** The client's bare address right after "from". */
    private static final Pattern BARE_FIRST = Pattern.compile("^" + ADDRESS + "(?:[\\s(]|$)");
    /** A HELO argument inside the from part: never the relay's address. */
    private static final Pattern HELO_CONTEXT =
            Pattern.compile("(?:HELO|EHLO|LHLO|helo=)\\s*[\\[?]?\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern HELO_NAME = Pattern.compile(
            "(?:\\(|\\s)(?:HELO|EHLO|LHLO)\\s+([^\\s()]*)\\)?|helo=([^\\s()\\]]+)|claiming to be \"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RDNS = Pattern.compile("\\(([A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,}\\.?)\\s+\\[");

    /** Parses one header value; never fails, fields it cannot find are null. */
    static ReceivedHeader parse(String value) {
        String line = value == null ? "" : value.replaceAll("\\s+", " ").strip();
        if (line.length() > MAX_LENGTH) {
            line = line.substring(0, MAX_LENGTH);
        }
        Instant date = ReceivedDates.parse(afterLastSemicolon(line)).orElse(null);
        String by = group(BY.matcher(line), 1);
        String id = group(ID.matcher(line), 1);
        if (LOCAL_NOTE.matcher(line).find()) {
            return new ReceivedHeader(null, null, null, null, by, id, date);
        }
        Matcher fromMatcher = FROM_PART.matcher(line);
        String fromPart = fromMatcher.find() ? fromMatcher.group(1) : fromOnly(line);
        if (fromPart == null) {
            return new ReceivedHeader(null, null, null, null, by, id, date);
        }
        String fromHost = firstToken(fromPart);
        String ip = relayAddress(fromPart).orElse(null);
        String helo = heloName(fromPart, fromHost);
        String rdns = group(RDNS.matcher(fromPart), 1);
        return new ReceivedHeader(fromHost, ip, helo, rdns, by, id, date);
    }

    private static Optional<String> relayAddress(String fromPart) {
        for (Pattern pattern : new Pattern[] {BRACKETED, PARENTHESISED}) {
            Matcher m = pattern.matcher(fromPart);
            String first = null;
            boolean firstIsHeloLiteral = false;
            while (m.find()) {
                if (HELO_CONTEXT.matcher(fromPart.substring(0, m.start())).find()) {
                    continue;
                }
                Optional<String> ip = IpAddresses.parse(m.group(1));
                if (ip.isEmpty()) {
                    continue;
                }
                if (first == null) {
                    // "from [10.0.0.1] (rdns [1.2.3.4])": the leading literal is the client's HELO
                    first = ip.get();
                    firstIsHeloLiteral = m.start() == 0;
                    if (!firstIsHeloLiteral) {
                        return ip;
                    }
                } else {
                    return ip;
                }
            }
            if (first != null) {
                return Optional.of(first);
            }
        }
        Matcher bare = BARE_FIRST.matcher(fromPart);
        return bare.find() ? IpAddresses.parse(bare.group(1)) : Optional.empty();
    }

    private static String heloName(String fromPart, String fromHost) {
        Matcher m = HELO_NAME.matcher(fromPart);
        if (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    return m.group(g);
                }
            }
        }
        return fromHost;
    }

    /** "from X" with no "by" at all (some webmail and spool lines). */
    private static String fromOnly(String line) {
        Matcher m = Pattern.compile("^\\(?\\s*from\\s+(.*?)(?:;|$)", Pattern.CASE_INSENSITIVE)
                .matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static String firstToken(String fromPart) {
        String token = fromPart.split("[\\s(]", 2)[0];
        if (token.isEmpty() || token.startsWith("[")) {
            return null;
        }
        return token.toLowerCase(Locale.ROOT);
    }

    private static String afterLastSemicolon(String line) {
        int semicolon = line.lastIndexOf(';');
        return semicolon < 0 ? "" : line.substring(semicolon + 1);
    }

    private static String group(Matcher m, int group) {
        return m.find() ? m.group(group) : null;
    }
}
