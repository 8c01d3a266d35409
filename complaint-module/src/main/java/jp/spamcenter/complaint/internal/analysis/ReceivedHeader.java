package jp.spamcenter.complaint.internal.analysis;

import java.time.Instant;
import java.util.List;
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
    private static final Pattern FROM_ONLY = Pattern.compile("^\\(?\\s*from\\s+(.*?)(?:;|$)", Pattern.CASE_INSENSITIVE);
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

    private static final List<Pattern> ADDRESS_FORMS = List.of(BRACKETED, PARENTHESISED);
    /** The client's bare address right after "from". */
    private static final Pattern BARE_FIRST = Pattern.compile("^" + ADDRESS + "(?:[\\s(]|$)");

    private static final Pattern HELO_NAME = Pattern.compile(
            "(?:\\(|\\s)(?:HELO|EHLO|LHLO)\\s+([^\\s()]*)\\)?|helo=([^\\s()\\]]+)|claiming to be \"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RDNS = Pattern.compile("\\(([A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,}\\.?)\\s+\\[");

    /** Parses one header value; never fails, fields it cannot find are null. */
    static ReceivedHeader parse(String value) {
        String line = value == null ? "" : Chars.collapseWhitespace(value);
        if (line.length() > MAX_LENGTH) {
            line = line.substring(0, MAX_LENGTH);
        }
        // literal words first: each pattern runs only from where its word occurs, if at all
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.length() != line.length()) {
            lower = null;
        }
        Instant date = ReceivedDates.parse(afterLastSemicolon(line)).orElse(null);
        String by = groupFrom(BY, line, lower, "by", 1);
        String id = groupFrom(ID, line, lower, "id", 0);
        if ((lower == null || lower.contains("qmail") || lower.contains("fetchmail"))
                && LOCAL_NOTE.matcher(line).find()) {
            return new ReceivedHeader(null, null, null, null, by, id, date);
        }
        String fromPart = fromPart(line, lower);
        if (fromPart == null) {
            fromPart = fromOnly(line);
        }
        if (fromPart == null) {
            return new ReceivedHeader(null, null, null, null, by, id, date);
        }
        String fromHost = firstToken(fromPart);
        String ip = relayAddress(fromPart).orElse(null);
        String helo = heloName(fromPart, fromHost);
        String rdns = fromPart.indexOf(" [") > 0 ? group(RDNS.matcher(fromPart), 1) : null;
        return new ReceivedHeader(fromHost, ip, helo, rdns, by, id, date);
    }

    private static Optional<String> relayAddress(String fromPart) {
        for (Pattern pattern : ADDRESS_FORMS) {
            if (fromPart.indexOf(pattern == BRACKETED ? '[' : '(') < 0) {
                continue;
            }
            Matcher m = pattern.matcher(fromPart);
            String first = null;
            boolean firstIsHeloLiteral = false;
            while (m.find()) {
                if (afterHeloKeyword(fromPart, m.start())) {
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

    /** Whether what ends at {@code end} is a HELO keyword: "HELO ", "EHLO [", "helo=", "(HELO ?". */
    private static boolean afterHeloKeyword(String fromPart, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(fromPart.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && (fromPart.charAt(i - 1) == '[' || fromPart.charAt(i - 1) == '?')) {
            i--;
        }
        while (i > 0 && Character.isWhitespace(fromPart.charAt(i - 1))) {
            i--;
        }
        if (i >= 5 && fromPart.regionMatches(true, i - 5, "helo=", 0, 5)) {
            return true;
        }
        if (i < 4) {
            return false;
        }
        return fromPart.regionMatches(true, i - 4, "helo", 0, 4)
                || fromPart.regionMatches(true, i - 4, "ehlo", 0, 4)
                || fromPart.regionMatches(true, i - 4, "lhlo", 0, 4);
    }

    private static String heloName(String fromPart, String fromHost) {
        if (Chars.indexOfIgnoreCase(fromPart, "hlo", 0) < 0
                && Chars.indexOfIgnoreCase(fromPart, "helo", 0) < 0
                && Chars.indexOfIgnoreCase(fromPart, "claiming to be", 0) < 0) {
            return fromHost; // none of the words that name it
        }
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

    /**
     * What {@link #FROM_PART} finds, read by hand in the usual case (the line's white space is single spaces):
     * after "from ", up to the first " by " or " via " (or ")by "); null when there is none.
     */
    private static String fromPart(String line, String lower) {
        if (lower == null) {
            Matcher m = FROM_PART.matcher(line);
            return m.find() ? m.group(1) : null;
        }
        int start = lower.startsWith("(") ? 1 : 0;
        while (start < lower.length() && lower.charAt(start) == ' ') {
            start++;
        }
        if (!lower.startsWith("from ", start)) {
            return null;
        }
        start += 5;
        for (int p = start; p < lower.length(); p++) {
            char c = lower.charAt(p);
            if ((c == ' ' || c == ')') && (lower.startsWith("by ", p + 1) || lower.startsWith("via ", p + 1))) {
                return line.substring(start, p);
            }
        }
        return null;
    }

    /** "from X" with no "by" at all (some webmail and spool lines). */
    private static String fromOnly(String line) {
        Matcher m = FROM_ONLY.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static String firstToken(String fromPart) {
        int end = 0;
        while (end < fromPart.length()
                && fromPart.charAt(end) != '('
                && !Character.isWhitespace(fromPart.charAt(end))) {
            end++;
        }
        if (end == 0 || fromPart.charAt(0) == '[') {
            return null;
        }
        return fromPart.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Group 1 of the first match of a pattern that needs {@code word}, searched from the word's first place
     * ({@code before} characters earlier, for what the pattern requires in front of it).
     */
    private static String groupFrom(Pattern pattern, String line, String lower, String word, int before) {
        int at = lower == null ? 0 : lower.indexOf(word);
        if (at < 0) {
            return null;
        }
        Matcher m = pattern.matcher(line)
                .useTransparentBounds(true)
                .useAnchoringBounds(false)
                .region(Math.max(0, at - before), line.length());
        return group(m, 1);
    }

    private static String afterLastSemicolon(String line) {
        int semicolon = line.lastIndexOf(';');
        return semicolon < 0 ? "" : line.substring(semicolon + 1);
    }

    private static String group(Matcher m, int group) {
        return m.find() ? m.group(group) : null;
    }
}
