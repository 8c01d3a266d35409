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

    /** The forwarded message in the text, if the text is a forward. */
    static InlineForward find(String text) {
        if (text == null) {
            return null;
        }
        int start;
        boolean mayHaveMarker = text.contains("--") || text.contains("__") || text.contains("==");
        boolean mayHaveOutlookBlock = text.contains("Sent") || text.contains("sent") || text.contains("送信日時");
        if (!mayHaveMarker && !mayHaveOutlookBlock) {
            return null;
        }
        Matcher marker = MARKER.matcher(text);
        if (mayHaveMarker && marker.find()) {
            start = marker.end();
        } else {
            Matcher outlook = OUTLOOK_BLOCK.matcher(text);
            if (!mayHaveOutlookBlock || !outlook.find()) {
                return null;
            }
            start = outlook.start();
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
