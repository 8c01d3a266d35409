package jp.spamcenter.complaint.internal.analysis;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.internal.domain.ReportedMessage;

/**
 * The analysis evaluation set kept under {@code evaluation/} in the test resources: each message's text and
 * what the analysis should find in it, and the bytes a citizen's report of it would carry (see README.txt there).
 */
final class EvaluationSet {

    /** The part written after the rules were tuned on the others, and never used to tune them. */
    static final String HOLDOUT = "holdout.txt";

    static final List<String> FILES =
            List.of("phishing-mail.txt", "sms.txt", "fraud.txt", "lawful-and-other.txt", HOLDOUT);

    /** The display duties a message meets when the set says {@code all}. */
    static final Set<String> ALL_DUTIES =
            Set.of("SENDER_NAME", "OPT_OUT_NOTICE", "OPT_OUT_ADDRESS", "POSTAL_ADDRESS", "CONTACT");

    enum Form {
        PLAIN,
        HTML,
        INLINE,
        ATTACHED,
        JIS,
        SJIS,
        SMS
    }

    /** One message of the set and what it should be found to be. */
    record Sample(
            String file,
            String id,
            Form form,
            String from,
            String subject,
            String text,
            String category,
            String brand,
            Set<String> duties,
            Set<String> urls,
            Set<String> phones) {

        boolean heldOut() {
            return file.equals(HOLDOUT);
        }

        boolean lawfulAdvertisement() {
            return duties.equals(ALL_DUTIES);
        }

        /** What a report of this message carries: the mail's bytes, or the SMS text as the citizen form files it. */
        byte[] message() {
            return switch (form) {
                case SMS -> ReportedMessage.of("", plainText());
                case PLAIN -> mail(StandardCharsets.UTF_8, "8bit");
                case JIS -> mail(Charset.forName("ISO-2022-JP"), "7bit");
                case SJIS -> mail(Charset.forName("Shift_JIS"), "8bit");
                case HTML -> html();
                case INLINE -> inlineForward();
                case ATTACHED -> attachedForward();
            };
        }

        private String plainText() {
            return LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\n" + m.group(2)));
        }

        private String headers(Charset charset, String contentType, String encoding) {
            String domain = from.substring(from.lastIndexOf('@') + 1).replace(">", "");
            int hash = Math.abs(id.hashCode());
            return "Received: from mx.citizen-isp.test (mx.citizen-isp.test [10.0.0.5]) by mbox.citizen-isp.test"
                    + " with ESMTP id " + hash + "; Thu, 03 Dec 2026 09:12:05 +0900\r\n"
                    + "Received: from mail." + domain + " (unknown [198.51.100." + (hash % 250 + 1) + "])"
                    + " by mx.citizen-isp.test with ESMTP id " + (hash / 7) + "; Thu, 03 Dec 2026 09:12:01 +0900\r\n"
                    + "From: " + encodedAddress(from, charset) + "\r\n"
                    + "To: citizen@citizen-isp.test\r\n"
                    + "Subject: " + encodedWord(subject, charset) + "\r\n"
                    + "Date: Thu, 03 Dec 2026 09:11:58 +0900\r\n"
                    + "Message-ID: <" + id + "." + hash + "@" + domain + ">\r\n"
                    + "MIME-Version: 1.0\r\n"
                    + "Content-Type: " + contentType + "; charset=" + charset.name() + "\r\n"
                    + "Content-Transfer-Encoding: " + encoding + "\r\n\r\n";
        }

        private byte[] mail(Charset charset, String encoding) {
            return concat(
                    headers(charset, "text/plain", encoding).getBytes(StandardCharsets.US_ASCII),
                    encode(crlf(plainText()), charset));
        }

        private byte[] html() {
            var html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>\r\n");
            for (String line : text.split("\n")) {
                String escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
                // [text](url) first, then every bare URL not already inside an anchor
                String anchored = LINK.matcher(escaped)
                        .replaceAll(
                                m -> Matcher.quoteReplacement("<a href=\"" + m.group(2) + "\">" + m.group(1) + "</a>"));
                anchored = BARE_URL.matcher(anchored)
                        .replaceAll(
                                m -> Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
                html.append("<p style=\"margin:0 0 8px\">").append(anchored).append("</p>\r\n");
            }
            html.append("</body></html>\r\n");
            String body = Base64.getMimeEncoder().encodeToString(html.toString().getBytes(StandardCharsets.UTF_8));
            return (headers(StandardCharsets.UTF_8, "text/html", "base64") + body + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        private byte[] inlineForward() {
            String quoted = "迷惑メールが届いたので転送します。\n\n---------- Forwarded message ---------\n"
                    + "From: " + from + "\nDate: 2026年12月3日(木) 9:11\nSubject: " + subject
                    + "\nTo: <citizen@citizen-isp.test>\n\n" + plainText() + "\n";
            String mail = "From: =?UTF-8?B?" + b64("市民") + "?= <citizen@citizen-isp.test>\r\n"
                    + "To: report@spamcenter.test\r\n"
                    + "Subject: " + encodedWord("Fwd: " + subject, StandardCharsets.UTF_8) + "\r\n"
                    + "Date: Thu, 03 Dec 2026 12:00:00 +0900\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + Base64.getMimeEncoder().encodeToString(crlf(quoted).getBytes(StandardCharsets.UTF_8)) + "\r\n";
            return mail.getBytes(StandardCharsets.US_ASCII);
        }

        private byte[] attachedForward() {
            String head = "From: =?UTF-8?B?" + b64("市民") + "?= <citizen@citizen-isp.test>\r\n"
                    + "To: report@spamcenter.test\r\n"
                    + "Subject: " + encodedWord("Fwd: " + subject, StandardCharsets.UTF_8) + "\r\n"
                    + "Date: Thu, 03 Dec 2026 12:00:00 +0900\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/mixed; boundary=\"fwd-" + id + "\"\r\n\r\n"
                    + "--fwd-" + id + "\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n"
                    + Base64.getMimeEncoder().encodeToString("このメールが届きました。\r\n".getBytes(StandardCharsets.UTF_8))
                    + "\r\n--fwd-" + id + "\r\nContent-Type: message/rfc822\r\n"
                    + "Content-Disposition: attachment; filename=\"spam.eml\"\r\n\r\n";
            return concat(
                    head.getBytes(StandardCharsets.US_ASCII),
                    mail(StandardCharsets.UTF_8, "8bit"),
                    ("\r\n--fwd-" + id + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** {@code [text](url)} */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)");

    private static final Pattern BARE_URL = Pattern.compile("(?<![\"'>])https?://[\\x21-\\x7e&&[^\"<>]]+");

    private EvaluationSet() {}

    static List<Sample> load() {
        var samples = new ArrayList<Sample>();
        var ids = new HashSet<String>();
        for (String file : FILES) {
            String content = new String(SampleMessages.resource("/evaluation/" + file), StandardCharsets.UTF_8);
            for (String block : content.split("(?m)^== ")) {
                if (block.isBlank() || block.startsWith("#")) {
                    continue;
                }
                Sample sample = parse(file, block);
                if (!ids.add(sample.id())) {
                    throw new IllegalStateException(file + ": " + sample.id() + " twice");
                }
                samples.add(sample);
            }
        }
        return List.copyOf(samples);
    }

    private static Sample parse(String file, String block) {
        int headEnd = block.indexOf("\n\n");
        if (headEnd < 0) {
            throw new IllegalStateException(file + ": a block without a text: "
                    + block.lines().findFirst().orElse(""));
        }
        String[] head = block.substring(0, headEnd).split("\n");
        String id = head[0].strip();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(file + " " + id + ": not a field: " + head[i]);
            }
            fields.put(
                    head[i].substring(0, colon).strip(),
                    head[i].substring(colon + 1).strip());
        }
        Form form = Form.valueOf(required(fields, "form", id).toUpperCase(java.util.Locale.ROOT));
        String[] expect = required(fields, "expect", id).split("\\s+");
        String duties = required(fields, "duties", id);
        String text = block.substring(headEnd + 2).strip();
        return new Sample(
                file,
                id,
                form,
                form == Form.SMS ? required(fields, "sender", id) : required(fields, "from", id),
                form == Form.SMS ? "" : required(fields, "subject", id),
                text,
                expect[0],
                expect.length > 1 && !expect[1].equals("-") ? expect[1] : null,
                switch (duties) {
                    case "none" -> Set.of();
                    case "all" -> ALL_DUTIES;
                    default -> Set.of(duties.split(","));
                },
                listed(required(fields, "urls", id)),
                listed(required(fields, "phones", id)));
    }

    private static String required(Map<String, String> fields, String name, String id) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(id + ": no " + name);
        }
        return value;
    }

    private static Set<String> listed(String value) {
        return value.equals("-") ? Set.of() : Set.copyOf(Arrays.asList(value.split("\\s+")));
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n";
    }

    /** The text in the charset, refusing what it cannot hold (a sample must be writable in its form). */
    private static byte[] encode(String text, Charset charset) {
        try {
            ByteBuffer bytes = charset.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("not writable in " + charset + ": " + text, e);
        }
    }

    private static String encodedWord(String text, Charset charset) {
        boolean ascii = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return ascii
                ? text
                : "=?" + charset.name() + "?B?" + Base64.getEncoder().encodeToString(encode(text, charset)) + "?=";
    }

    /** {@code Display <address>} with the display name as an encoded-word. */
    private static String encodedAddress(String from, Charset charset) {
        int lt = from.lastIndexOf('<');
        if (lt <= 0) {
            return from;
        }
        String name = from.substring(0, lt).strip().replaceAll("^\"|\"$", "");
        boolean ascii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return (ascii ? "\"" + name + "\"" : encodedWord(name, charset)) + " " + from.substring(lt);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
