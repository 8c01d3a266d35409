package jp.spamcenter.complaint.internal.abuse;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the recipient's addresses out of a spam before it goes to a carrier or an agency: the citizen who
 * received it is nobody else's business. The addresses are those the headers name as recipients (To, Cc,
 * Delivered-To, X-Original-To, Envelope-To and the {@code for <...>} of Received); every plain occurrence in
 * the message is replaced, in headers and text parts. An address inside an encoded (base64) part stays: the
 * documentation says so.
 */
public final class RecipientRedaction {

    /** What a redacted address becomes: recognisable, and never deliverable ({@code .invalid}). */
    public static final String REDACTED = "redacted@redacted.invalid";

    private static final Pattern RECIPIENT_HEADER = Pattern.compile(
            "(?im)^(?:to|cc|delivered-to|x-original-to|envelope-to|x-rcpt-to|x-envelope-to)[ \\t]*:(.*(?:\\r?\\n[ \\t].*)*)");
    private static final Pattern RECEIVED_FOR = Pattern.compile(
            "(?im)^received[ \\t]*:(?:.*(?:\\r?\\n[ \\t].*)*?)\\bfor\\s+<?([^\\s<>;@]+@[^\\s<>;]+?)>?\\s*;");
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");

    private RecipientRedaction() {}

    /** The message with its recipients' addresses replaced by {@link #REDACTED}. */
    public static byte[] redact(byte[] message) {
        // ISO-8859-1 maps every byte to one char and back: 8-bit text and binary survive untouched
        String text = new String(message, StandardCharsets.ISO_8859_1);
        Set<String> recipients = recipients(text);
        if (recipients.isEmpty()) {
            return message;
        }
        var alternatives = new StringBuilder();
        for (String address : recipients) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(address));
        }
        Matcher m = Pattern.compile("(?i)(?<![A-Za-z0-9.+_-])(?:" + alternatives + ")(?![A-Za-z0-9-]|\\.[A-Za-z0-9])")
                .matcher(text);
        return m.replaceAll(Matcher.quoteReplacement(REDACTED)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The recipients the message's own header names (lower case). */
    static Set<String> recipients(String message) {
        String header = headerOf(message);
        var found = new LinkedHashSet<String>();
        Matcher h = RECIPIENT_HEADER.matcher(header);
        while (h.find()) {
            Matcher a = ADDRESS.matcher(h.group(1));
            while (a.find()) {
                found.add(a.group().toLowerCase(Locale.ROOT));
            }
        }
        Matcher r = RECEIVED_FOR.matcher(header);
        while (r.find()) {
            Matcher a = ADDRESS.matcher(r.group(1));
            if (a.matches()) {
                found.add(a.group().toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    private static String headerOf(String message) {
        Matcher end = Pattern.compile("\\r?\\n\\r?\\n").matcher(message);
        return end.find() ? message.substring(0, end.start()) : message;
    }
}
