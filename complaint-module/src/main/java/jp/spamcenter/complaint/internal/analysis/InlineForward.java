package jp.spamcenter.complaint.internal.analysis;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spam forwarded inline by a mail client: the marker line (Gmail, Outlook, Thunderbird, Japanese clients
 * and carriers), the header block the client quoted, and the forwarded text below it.
 */
record InlineForward(String from, String to, String subject, String date, String body) {

    private static final Pattern MARKER = Pattern.compile(
            "(?im)^[ \\t>]*(?:-{2,}|_{2,}|={2,})\\s*(?:Forwarded message|Original Message|Forwarded Message|"
                    + "転送(?:された)?メッセージ|転送メール|元のメッセージ|転送元メッセージ|Forwarded by[^\\n]*)\\s*(?:-{2,}|_{2,}|={2,})?[ \\t]*$");
    /** Outlook often has no marker: a quoted "From:" line with a "Sent:" line just below. */
    private static final Pattern OUTLOOK_BLOCK =
            Pattern.compile("(?im)^[ \\t>]*(?:From|差出人)\\s*[:：][^\\n]*\\n[ \\t>]*(?:Sent|送信日時)\\s*[:：]");

    private static final Pattern HEADER_LINE = Pattern.compile(
            "^[ \\t>]*(From|差出人|送信者|To|宛先|Cc|Date|Sent|日付|日時|送信日時|Subject|件名)\\s*[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("from", "from"),
            Map.entry("差出人", "from"),
            Map.entry("送信者", "from"),
            Map.entry("to", "to"),
            Map.entry("宛先", "to"),
            Map.entry("date", "date"),
            Map.entry("sent", "date"),
            Map.entry("日付", "date"),
            Map.entry("日時", "date"),
            Map.entry("送信日時", "date"),
            Map.entry("subject", "subject"),
            Map.entry("件名", "subject"));

    /**
     * Where the forwarded part starts: after the first marker line, else at the first Outlook block; -1 when
     * neither is there. Only lines that start (after quoting) as a marker or a "From" line are given to the
     * patterns: a search with {@code ^} over the whole text would try every character.
     */
    private static int forwardStart(String text) {
        int outlook = -1;
        int line = 0;
        while (line < text.length()) {
            int next = text.indexOf('\n', line);
            int end = next < 0 ? text.length() : next;
            int c = line;
            while (c < end && (text.charAt(c) == ' ' || text.charAt(c) == '\t' || text.charAt(c) == '>')) {
                c++;
            }
            if (c + 1 < end) {
                char first = text.charAt(c);
                if (first == text.charAt(c + 1) && (first == '-' || first == '_' || first == '=')) {
                    Matcher marker = at(MARKER, text, line);
                    if (marker != null) {
                        return marker.end();
                    }
                } else if (outlook < 0
                        && (first == 'F' || first == 'f' || first == '差')
                        && at(OUTLOOK_BLOCK, text, line) != null) {
                    outlook = line;
                }
            }
            if (next < 0) {
                break;
            }
            line = next + 1;
        }
        return outlook;
    }

    /** The pattern matched from the start of a line, or null. */
    private static Matcher at(Pattern pattern, String text, int lineStart) {
        Matcher m = pattern.matcher(text)
                .region(lineStart, text.length())
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    /** The forwarded message in the text, if the text is a forward. */
    static InlineForward find(String text) {
        if (text == null) {
            return null;
        }
        int start = forwardStart(text);
        if (start < 0) {
            return null;
        }
        String[] lines = text.substring(start).split("\\r?\\n", -1);
        var headers = new LinkedHashMap<String, String>();
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        for (; i < lines.length; i++) {
            Matcher h = HEADER_LINE.matcher(lines[i]);
            if (!h.matches()) {
                break;
            }
            String key = NAMES.get(h.group(1).toLowerCase(Locale.ROOT));
            if (key != null) {
                headers.putIfAbsent(key, h.group(2).strip());
            }
        }
        if (headers.isEmpty()) {
            return null;
        }
        var body = new StringBuilder();
        for (; i < lines.length; i++) {
            body.append(lines[i].replaceFirst("^> ?", "")).append('\n');
        }
        return new InlineForward(
                headers.get("from"),
                headers.get("to"),
                headers.get("subject"),
                headers.get("date"),
                body.toString().strip());
    }
}
