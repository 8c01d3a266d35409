package jp.spamcenter.complaint.internal.abuse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the recipient's addresses out of a spam before it goes to a carrier or an agency: the citizen who
 * received it is nobody else's business.
 *
 * <p>The recipients are the addresses the message's header names as such (To, Cc, Bcc, Resent-To, Resent-Cc,
 * Delivered-To, X-Original-To, X-Forwarded-To, Apparently-To, Envelope-To and the like, and the {@code for
 * <...>} of Received), read after their encoded words are decoded. Every occurrence is replaced by
 * {@link #REDACTED} in the forms a message hides it in: plain, percent-encoded in a link
 * ({@code hanako%40example.jp}), inside an encoded word of a header ({@code =?UTF-8?B?...?=}, re-encoded), in
 * a quoted-printable part (soft line breaks included, re-encoded) and in a base64 text or message part
 * (re-encoded). Parts that do not name a recipient keep their bytes exactly. The texts told beside the message
 * (its subject, the sender's name, its links) are redacted with {@link #text}.
 */
public final class RecipientRedaction {

    /** What a redacted address becomes: recognisable, and never deliverable ({@code .invalid}). */
    public static final String REDACTED = "redacted@redacted.invalid";

    private static final String REDACTED_IN_URL = "redacted%40redacted.invalid";

    private static final Pattern RECIPIENT_HEADER = Pattern.compile(
            "(?im)^(?:to|cc|bcc|resent-to|resent-cc|resent-bcc|delivered-to|x-original-to|x-forwarded-to"
                    + "|apparently-to|envelope-to|x-rcpt-to|x-envelope-to|x-original-recipient"
                    + "|original-recipient)[ \\t]*:(.*)");
    private static final Pattern RECEIVED_FOR =
            Pattern.compile("(?im)^received[ \\t]*:.*?\\bfor\\s+<?([^\\s<>;@]+@[^\\s<>;]+?)>?\\s*;");
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])");
    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n\\r?\\n");
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^content-type[ \\t]*:[ \\t]*([^;\\r\\n]+)(.*)");
    private static final Pattern TRANSFER_ENCODING =
            Pattern.compile("(?im)^content-transfer-encoding[ \\t]*:[ \\t]*([A-Za-z0-9-]+)");
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary[ \\t]*=[ \\t]*(?:\"([^\"]+)\"|([^;\\s]+))");

    private final Set<String> recipients;
    /** Every recipient, plain or percent-encoded, in one pattern; null when there is none. */
    private final Pattern occurrence;

    private RecipientRedaction(Set<String> recipients) {
        this.recipients = recipients;
        this.occurrence = recipients.isEmpty() ? null : occurrences(recipients);
    }

    /** The redaction of the recipients this message's header names. */
    public static RecipientRedaction of(byte[] message) {
        return new RecipientRedaction(recipients(new String(message, StandardCharsets.ISO_8859_1)));
    }

    /** The message with its recipients' addresses replaced by {@link #REDACTED}. */
    public static byte[] redact(byte[] message) {
        return of(message).message(message);
    }

    /** The message (the one this redaction was made of) with every occurrence of a recipient replaced. */
    public byte[] message(byte[] message) {
        if (occurrence == null) {
            return message;
        }
        // ISO-8859-1 maps every byte to one char and back: 8-bit text and binary survive untouched
        return entity(new String(message, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A text told beside the message (subject, sender's name, a link) with the recipients replaced. */
    public String text(String text) {
        if (text == null || occurrence == null) {
            return text;
        }
        return replaced(text);
    }

    /** The recipients the message's own header names (lower case). */
    static Set<String> recipients(String message) {
        String header = decodedWords(FOLD.matcher(headerOf(message)).replaceAll(""));
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

    /** One MIME entity (a message or a part): its header, then its body by its type and encoding. */
    private String entity(String entity) {
        Matcher end = BLANK_LINE.matcher(entity);
        if (!end.find()) {
            return header(entity);
        }
        String header = entity.substring(0, end.start());
        String separator = entity.substring(end.start(), end.end());
        String body = entity.substring(end.end());
        String unfolded = FOLD.matcher(header).replaceAll("");
        String type = "text/plain";
        String boundary = null;
        Matcher contentType = CONTENT_TYPE.matcher(unfolded);
        if (contentType.find()) {
            type = contentType.group(1).strip().toLowerCase(Locale.ROOT);
            Matcher b = BOUNDARY.matcher(contentType.group(2));
            if (b.find()) {
                boundary = b.group(1) != null ? b.group(1) : b.group(2);
            }
        }
        Matcher encoding = TRANSFER_ENCODING.matcher(unfolded);
        String transfer = encoding.find() ? encoding.group(1).toLowerCase(Locale.ROOT) : "7bit";
        return header(header) + separator + body(body, type, boundary, transfer);
    }

    private String body(String body, String type, String boundary, String transfer) {
        boolean message = type.startsWith("message/");
        if (type.startsWith("multipart/") && boundary != null) {
            return multipart(body, boundary);
        }
        if ("base64".equals(transfer) && (message || type.startsWith("text/"))) {
            byte[] decoded = Base64.getMimeDecoder().decode(body.replaceAll("[^A-Za-z0-9+/=]", ""));
            String text = new String(decoded, StandardCharsets.ISO_8859_1);
            String redacted = message ? entity(text) : replaced(text);
            return redacted.equals(text)
                    ? body
                    : Base64.getMimeEncoder(76, new byte[] {'\r', '\n'})
                                    .encodeToString(redacted.getBytes(StandardCharsets.ISO_8859_1))
                            + "\r\n";
        }
        if ("quoted-printable".equals(transfer)) {
            String text = QuotedPrintable.decode(body);
            String redacted = message ? entity(text) : replaced(text);
            return redacted.equals(text) ? replaced(body) : QuotedPrintable.encode(redacted);
        }
        return message ? entity(body) : replaced(body);
    }

    /** The parts between the boundary's delimiter lines, each an entity; preamble and epilogue as text. */
    private String multipart(String body, String boundary) {
        String delimiter = "--" + boundary;
        int start = delimiterAt(body, delimiter, 0);
        if (start < 0) {
            return replaced(body);
        }
        var out = new StringBuilder(body.length() + 64).append(replaced(body.substring(0, start)));
        while (true) {
            int lineEnd = body.indexOf('\n', start);
            if (lineEnd < 0) {
                return out.append(body, start, body.length()).toString();
            }
            out.append(body, start, lineEnd + 1);
            if (body.startsWith(delimiter + "--", start)) {
                return out.append(replaced(body.substring(lineEnd + 1))).toString();
            }
            int next = delimiterAt(body, delimiter, lineEnd + 1);
            if (next < 0) {
                return out.append(entity(body.substring(lineEnd + 1))).toString();
            }
            // the line break before a delimiter belongs to the delimiter
            int partEnd = next >= 2 && body.startsWith("\r\n", next - 2) ? next - 2 : next - 1;
            if (partEnd < lineEnd + 1) {
                partEnd = lineEnd + 1;
            }
            out.append(entity(body.substring(lineEnd + 1, partEnd))).append(body, partEnd, next);
            start = next;
        }
    }

    private static int delimiterAt(String body, String delimiter, int from) {
        int at = body.indexOf(delimiter, from);
        while (at > 0 && body.charAt(at - 1) != '\n') {
            at = body.indexOf(delimiter, at + 1);
        }
        return at;
    }

    /** A header: plain occurrences, then encoded words that hide one (decoded, redacted, re-encoded). */
    private String header(String header) {
        Matcher word = ENCODED_WORD.matcher(replaced(header));
        return word.replaceAll(w -> {
            String decoded = decodedWord(w.group(1), w.group(2), w.group(3));
            if (decoded == null) {
                return Matcher.quoteReplacement(w.group());
            }
            String redacted = replaced(decoded);
            return Matcher.quoteReplacement(
                    redacted.equals(decoded)
                            ? w.group()
                            : "=?UTF-8?B?"
                                    + Base64.getEncoder().encodeToString(redacted.getBytes(StandardCharsets.UTF_8))
                                    + "?=");
        });
    }

    /** A header with its encoded words decoded (for reading the recipients). */
    private static String decodedWords(String header) {
        return ENCODED_WORD.matcher(header).replaceAll(w -> {
            String decoded = decodedWord(w.group(1), w.group(2), w.group(3));
            return Matcher.quoteReplacement(decoded == null ? w.group() : decoded);
        });
    }

    /** An RFC 2047 encoded word's text, or null when its charset or encoding is unknown. */
    private static String decodedWord(String charset, String encoding, String text) {
        try {
            Charset decoder = Charset.forName(charset.replaceFirst("\\*.*", ""));
            byte[] bytes = encoding.equalsIgnoreCase("B")
                    ? Base64.getMimeDecoder().decode(text)
                    : QuotedPrintable.decode(text.replace('_', ' ')).getBytes(StandardCharsets.ISO_8859_1);
            return new String(bytes, decoder);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String replaced(String text) {
        Matcher m = occurrence.matcher(text);
        if (!m.find()) {
            return text;
        }
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group().contains("@") ? REDACTED : REDACTED_IN_URL));
    }

    /**
     * Each recipient, case-insensitively, with any of its characters other than letters and digits also in
     * percent-encoded form ({@code %40} for the at sign), and not as part of a longer address.
     */
    private static Pattern occurrences(Set<String> recipients) {
        var alternatives = new StringBuilder();
        for (String address : recipients) {
            alternatives.append(alternatives.length() == 0 ? "" : "|");
            for (char c : address.toCharArray()) {
                if (Character.isLetterOrDigit(c)) {
                    alternatives.append(c);
                } else {
                    alternatives
                            .append("(?:")
                            .append(Pattern.quote(String.valueOf(c)))
                            .append("|%");
                    alternatives.append(String.format("%02X", (int) c)).append(')');
                }
            }
        }
        return Pattern.compile("(?i)(?<![A-Za-z0-9.+_-])(?:" + alternatives + ")(?![A-Za-z0-9-]|\\.[A-Za-z0-9])");
    }

    private static String headerOf(String message) {
        Matcher end = BLANK_LINE.matcher(message);
        return end.find() ? message.substring(0, end.start()) : message;
    }

    /** Quoted-printable (RFC 2045) over ISO-8859-1 strings: one char a byte. */
    static final class QuotedPrintable {

        private QuotedPrintable() {}

        static String decode(String encoded) {
            var out = new ByteArrayOutputStream(encoded.length());
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                if (c != '=') {
                    out.write(c);
                } else if (encoded.startsWith("\r\n", i + 1)) {
                    i += 2; // soft line break
                } else if (encoded.startsWith("\n", i + 1)) {
                    i += 1;
                } else if (i + 2 < encoded.length()
                        && hex(encoded.charAt(i + 1)) >= 0
                        && hex(encoded.charAt(i + 2)) >= 0) {
                    out.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                    i += 2;
                } else {
                    out.write(c);
                }
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        }

        /** Lines of at most 76 characters, hard line breaks kept as CRLF. */
        static String encode(String text) {
            var out = new StringBuilder(text.length() * 3 / 2);
            String[] lines = text.split("\r?\n", -1);
            for (int l = 0; l < lines.length; l++) {
                String line = lines[l];
                int column = 0;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    boolean last = i == line.length() - 1;
                    String piece = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)
                            ? String.valueOf(c)
                            : String.format("=%02X", c & 0xff);
                    if (column + piece.length() > 75) {
                        out.append("=\r\n");
                        column = 0;
                    }
                    out.append(piece);
                    column += piece.length();
                }
                if (l < lines.length - 1) {
                    out.append("\r\n");
                }
            }
            return out.toString();
        }

        private static int hex(char c) {
            return Character.digit(c, 16);
        }
    }
}
