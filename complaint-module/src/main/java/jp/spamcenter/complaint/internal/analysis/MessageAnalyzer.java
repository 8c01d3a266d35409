package jp.spamcenter.complaint.internal.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.AnalysisResult.Envelope;
import jp.spamcenter.complaint.api.AnalysisResult.Status;
import jp.spamcenter.complaint.api.AnalysisResult.Wrapping;
import jp.spamcenter.complaint.api.MessageAnalysis;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.apache.james.mime4j.dom.BinaryBody;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.BasicBodyFactory;
import org.apache.james.mime4j.message.BodyFactory;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * The analysis of one reported message (see {@link MessageAnalysis}). Pure Java: the server, the REST
 * resource and the command line use the same analyser. Thread-safe.
 */
public final class MessageAnalyzer implements MessageAnalysis {

    /** Limits on hostile input. */
    public record Limits(
            long maxBytes, int maxDepth, int maxParts, int maxHeaderLength, int maxTextChars, Duration timeLimit) {

        public static final Limits DEFAULT =
                new Limits(25L * 1024 * 1024, 20, 1000, 100_000, 1_000_000, Duration.ofSeconds(10));
    }

    /** Raised when the same message would get a different result: 1.1 changed the campaign key, 1.2 the text of HTML (paragraphs end lines). */
    private static final String CODE_VERSION = "1.2";

    private static final int MAX_HOPS = 100;
    private static final int MAX_PROBLEMS = 20;
    private static final java.util.regex.Pattern CHARSET =
            java.util.regex.Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    private final Limits limits;
    private final ReceivedChain.TrustedRelays trusted;
    private final CountryLookup countries;
    private final LawChecks law;
    private final BrandCheck brands;
    private final String version;

    public MessageAnalyzer(Limits limits, List<String> trustedRelays, CountryLookup countries) {
        this.limits = limits;
        this.trusted = new ReceivedChain.TrustedRelays(List.copyOf(trustedRelays));
        this.countries = countries;
        RuleBook rules = RuleBook.bundled();
        this.law = new LawChecks(rules);
        this.brands = BrandCheck.bundled();
        this.version = CODE_VERSION + "/" + rules.version() + "/" + brands.version();
    }

    /** Default limits, no trusted relays, no country database. */
    public MessageAnalyzer() {
        this(Limits.DEFAULT, List.of(), CountryLookup.NONE);
    }

    public String version() {
        return version;
    }

    @Override
    public AnalysisResult analyse(byte[] raw) {
        byte[] bytes = raw == null ? new byte[0] : raw;
        String sha256 = sha256(bytes);
        var problems = new Problems();
        try {
            if (bytes.length == 0) {
                return unparseable(sha256, 0, "the message is empty");
            }
            if (bytes.length > limits.maxBytes()) {
                return unparseable(
                        sha256,
                        bytes.length,
                        "the message is larger than the limit of " + limits.maxBytes() + " bytes");
            }
            return analyse(bytes, sha256, problems, new Deadline(limits.timeLimit()));
        } catch (StackOverflowError | OutOfMemoryError e) {
            return unparseable(sha256, bytes.length, "the message is too deeply nested or too large to read");
        } catch (RuntimeException e) {
            return unparseable(
                    sha256,
                    bytes.length,
                    "the message could not be read: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private AnalysisResult analyse(byte[] bytes, String sha256, Problems problems, Deadline deadline) {
        Message top;
        try {
            int start = afterMboxFromLine(bytes);
            top = parse(new ByteArrayInputStream(bytes, start, bytes.length - start), problems, Bodies.TEXT_ONLY);
        } catch (IOException | RuntimeException e) {
            return unparseable(sha256, bytes.length, "not a readable message: " + e.getMessage());
        }
        if (top.getHeader() == null || top.getHeader().getFields().isEmpty()) {
            problems.add("no message header found; read as text only");
        }
        var walk = new Walk(problems, deadline);
        Unwrapped unwrapped = unwrap(top, walk);
        Wrapping wrapping = unwrapped.wrapping();
        Envelope reporter = unwrapped.reporter();
        Message spam = unwrapped.spam();
        Content content = walk.content(spam);
        Envelope spamEnvelope = envelope(spam);
        String text = content.text();
        if (wrapping == Wrapping.AS_IS) {
            InlineForward forward = InlineForward.find(text);
            if (forward != null) {
                reporter = spamEnvelope;
                wrapping = Wrapping.INLINE_FORWARD;
                spamEnvelope = new Envelope(
                        HeaderText.decodeWords(forward.from()),
                        HeaderText.decodeWords(forward.to()),
                        HeaderText.decodeWords(forward.subject()),
                        ReceivedDates.parse(forward.date()).orElse(null),
                        null);
                text = forward.body();
                problems.add("forwarded inline: the spam's own headers and relay chain are not in the report");
            }
        }
        deadline.check();

        List<String> received = wrapping == Wrapping.INLINE_FORWARD ? List.of() : headers(spam, "Received");
        ReceivedChain chain = ReceivedChain.of(received, MAX_HOPS);
        var sender = wrapping == Wrapping.INLINE_FORWARD
                ? SenderCheck.sender(spamEnvelope.from(), null, null, null, null)
                : SenderCheck.sender(
                        spamEnvelope.from(),
                        first(spam, "Return-Path"),
                        first(spam, "Reply-To"),
                        first(spam, "Sender"),
                        spamEnvelope.messageId());
        var authentication = wrapping == Wrapping.INLINE_FORWARD
                ? SenderCheck.authentication(List.of(), List.of())
                : SenderCheck.authentication(headers(spam, "Authentication-Results"), headers(spam, "Received-SPF"));
        deadline.check();
        // full-width characters and defanged links normalised once, for every check below
        String normalised = BodyIndicators.normalise(text);
        String subject = spamEnvelope.subject() == null ? null : BodyIndicators.normalise(spamEnvelope.subject());
        var indicators = BodyIndicators.find(normalised, content.hrefs());
        var candidates = law.scan(normalised);
        var duties = law.displayDuties(candidates, sender, authentication);
        var ruled = law.category(subject, candidates);
        var brand = brands.find(
                sender == null ? null : sender.displayName(),
                subject,
                normalised,
                sender == null ? null : sender.domain(),
                indicators.urlDomains(),
                ruled);
        var category = BrandCheck.category(ruled, brand, LawChecks.OTHER);
        String campaign = CampaignFingerprint.of(subject, normalised);
        deadline.check();

        return new AnalysisResult(
                version,
                problems.isEmpty() ? Status.OK : Status.PARTIAL,
                problems.list(),
                sha256,
                bytes.length,
                wrapping,
                reporter,
                spamEnvelope,
                sender,
                authentication,
                chain.hops(),
                chain.origin(trusted, countries),
                chain.anomalies(),
                indicators,
                duties,
                category,
                brand,
                campaign,
                text.length() > AnalysisResult.EXCERPT_CHARS ? text.substring(0, AnalysisResult.EXCERPT_CHARS) : text);
    }

    /** The spam inside what the center received, and the reporter's envelope around it. */
    private record Unwrapped(Message spam, Envelope reporter, Wrapping wrapping) {}

    private static Unwrapped unwrap(Message top, Walk walk) {
        Wrapping wrapping = Wrapping.AS_IS;
        Envelope reporter = null;
        Message spam = top;
        for (int depth = 0; depth < 3; depth++) {
            Message inner = walk.firstAttachedMessage(spam, 0);
            if (inner == null) {
                break;
            }
            if (reporter == null) {
                reporter = envelope(spam);
            }
            spam = inner;
            wrapping = Wrapping.ATTACHED;
            if (!headers(spam, "Received").isEmpty()) {
                break; // a message with its own relay chain is the spam, whatever it carries
            }
        }
        return new Unwrapped(spam, reporter, wrapping);
    }

    /**
     * The HTML of the spam (its text/html parts, attachments never), decoded, for advisors who want to see it as
     * it looked; empty when it has none or cannot be read. Still hostile: it must be sanitised before it is shown.
     */
    public Optional<String> spamHtml(byte[] raw) {
        if (raw == null || raw.length == 0 || raw.length > limits.maxBytes()) {
            return Optional.empty();
        }
        try {
            var problems = new Problems();
            int start = afterMboxFromLine(raw);
            Message top = parse(new ByteArrayInputStream(raw, start, raw.length - start), problems, Bodies.ALL);
            var walk = new Walk(problems, new Deadline(limits.timeLimit()));
            List<String> parts = walk.htmlParts(unwrap(top, walk).spam());
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n<hr>\n", parts));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The spam itself as a message, for evidence sent to others: what was received when it came as is, the
     * attached message when a citizen forwarded it as an attachment (without the citizen's own envelope).
     * Empty when it cannot be read or came forwarded inline (its own headers are lost then).
     */
    public Optional<byte[]> spamMessage(byte[] raw) {
        if (raw == null || raw.length == 0 || raw.length > limits.maxBytes()) {
            return Optional.empty();
        }
        try {
            var problems = new Problems();
            int start = afterMboxFromLine(raw);
            Message top = parse(new ByteArrayInputStream(raw, start, raw.length - start), problems, Bodies.TEXT_ONLY);
            Unwrapped unwrapped = unwrap(top, new Walk(problems, new Deadline(limits.timeLimit())));
            if (unwrapped.wrapping() == Wrapping.AS_IS) {
                if (InlineForward.find(new Walk(problems, new Deadline(limits.timeLimit()))
                                .content(top)
                                .text())
                        != null) {
                    return Optional.empty();
                }
                return Optional.of(start == 0 ? raw : java.util.Arrays.copyOfRange(raw, start, raw.length));
            }
            // the attached spam written out whole: read again with every body kept
            Message whole = parse(new ByteArrayInputStream(raw, start, raw.length - start), problems, Bodies.ALL);
            Message spam = unwrap(whole, new Walk(problems, new Deadline(limits.timeLimit())))
                    .spam();
            var out = new java.io.ByteArrayOutputStream();
            new org.apache.james.mime4j.message.DefaultMessageWriter().writeMessage(spam, out);
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the bytes read as an e-mail message at all: not empty, within the limit, and with a header the
     * analysis can read (a picture or a document has none). What a person's upload is checked for before it is
     * filed; the analysis itself comes after.
     */
    public boolean readsAsMessage(byte[] raw) {
        if (raw == null || raw.length == 0 || raw.length > limits.maxBytes()) {
            return false;
        }
        try {
            int start = afterMboxFromLine(raw);
            Message top =
                    parse(new ByteArrayInputStream(raw, start, raw.length - start), new Problems(), Bodies.TEXT_ONLY);
            return top.getHeader() != null && !top.getHeader().getFields().isEmpty();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** What a parse keeps of the bodies. */
    private enum Bodies {
        /** Every body, decoded: to write the message out again. */
        ALL,
        /**
         * For the analysis: text bodies as they came (still transfer-encoded; {@link Walk} decodes the parts it
         * reads), other bodies read past and dropped. Pictures and attachments are most of a message's bytes and
         * are never opened, so they are never decoded or copied.
         */
        TEXT_ONLY
    }

    private static final BodyFactory TEXT_BODIES_ONLY = new BodyFactory() {
        @Override
        public BinaryBody binaryBody(InputStream in) throws IOException {
            byte[] skip = new byte[8192];
            while (in.read(skip) >= 0) {
                // read past: the parser finds the next part's boundary
            }
            return BasicBodyFactory.INSTANCE.binaryBody(new byte[0]);
        }

        @Override
        public TextBody textBody(InputStream in, String mimeCharset) throws IOException {
            return new EncodedTextBody(in.readAllBytes());
        }
    };

    /** A text body as it came, still transfer-encoded: its bytes are read where they are, never copied. */
    private static final class EncodedTextBody extends TextBody {

        private final byte[] bytes;

        EncodedTextBody(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public String getMimeCharset() {
            return "ISO-8859-1";
        }

        @Override
        public java.nio.charset.Charset getCharset() {
            return StandardCharsets.ISO_8859_1;
        }

        @Override
        public java.io.Reader getReader() {
            return new java.io.InputStreamReader(getInputStream(), StandardCharsets.ISO_8859_1);
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
        }
    }

    private Message parse(InputStream in, Problems problems, Bodies bodies) throws IOException {
        var config = MimeConfig.custom()
                .setMaxHeaderCount(1000)
                .setMaxHeaderLen(limits.maxHeaderLength())
                .setMaxLineLen(-1)
                .setMaxContentLen(limits.maxBytes())
                .setMalformedHeaderStartsBody(true)
                .build();
        var builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(config);
        builder.setDecodeMonitor(problems);
        if (bodies == Bodies.TEXT_ONLY) {
            builder.setContentDecoding(false);
            builder.setBodyFactory(TEXT_BODIES_ONLY);
        }
        return builder.parseMessage(in);
    }

    /** A message saved from an mbox starts with a "From " separator line, which is no header. */
    private static int afterMboxFromLine(byte[] bytes) {
        if (bytes.length > 5
                && bytes[0] == 'F'
                && bytes[1] == 'r'
                && bytes[2] == 'o'
                && bytes[3] == 'm'
                && bytes[4] == ' ') {
            for (int i = 5; i < bytes.length && i < 1000; i++) {
                if (bytes[i] == '\n') {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static Envelope envelope(Message message) {
        String date = first(message, "Date");
        return new Envelope(
                first(message, "From"),
                first(message, "To"),
                first(message, "Subject"),
                date == null ? null : ReceivedDates.parse(date).orElse(null),
                first(message, "Message-ID"));
    }

    private static String first(Entity entity, String name) {
        Header header = entity.getHeader();
        return header == null ? null : HeaderText.of(header.getField(name));
    }

    private static List<String> headers(Entity entity, String name) {
        Header header = entity.getHeader();
        if (header == null) {
            return List.of();
        }
        var values = new ArrayList<String>();
        for (Field field : header.getFields(name)) {
            values.add(HeaderText.of(field));
        }
        return values;
    }

    private AnalysisResult unparseable(String sha256, long size, String reason) {
        return new AnalysisResult(
                version,
                Status.UNPARSEABLE,
                List.of(reason),
                sha256,
                size,
                Wrapping.AS_IS,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                null,
                List.of(),
                null,
                null,
                null,
                null);
    }

    /** Hex SHA-256 of the bytes: how the analysis identifies a message. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.digest(bytes));
    }

    /** The readable text and the link targets of a message, attachments left unopened. */
    record Content(String text, List<String> hrefs) {}

    /** An HTML part's bytes, without transfer encoding, and its declared charset. */
    private record HtmlPart(byte[] bytes, String charset) {}

    /** One walk through a message's parts, within the limits. */
    private final class Walk {

        private final Problems problems;
        private final Deadline deadline;
        private int parts;

        Walk(Problems problems, Deadline deadline) {
            this.problems = problems;
            this.deadline = deadline;
        }

        Message firstAttachedMessage(Entity entity, int depth) {
            if (!enter(depth)) {
                return null;
            }
            Body body = entity.getBody();
            if (body instanceof Message message && entity != message) {
                return message;
            }
            if (body instanceof Multipart multipart) {
                for (Entity part : multipart.getBodyParts()) {
                    if (part.getBody() instanceof Message inner) {
                        return inner;
                    }
                    if ("text/rfc822-headers".equalsIgnoreCase(part.getMimeType())
                            || "text/rfc822-header".equalsIgnoreCase(part.getMimeType())) {
                        Message headersOnly = headersOnly(part);
                        if (headersOnly != null) {
                            return headersOnly;
                        }
                    }
                }
                for (Entity part : multipart.getBodyParts()) {
                    Message nested = part.isMultipart() ? firstAttachedMessage(part, depth + 1) : null;
                    if (nested != null) {
                        return nested;
                    }
                }
            }
            return null;
        }

        /** The HTML parts of the entity (attachments never), decoded to text, in order. */
        List<String> htmlParts(Entity entity) {
            var htmlParts = new ArrayList<HtmlPart>();
            collect(entity, 0, new ArrayList<>(), htmlParts);
            return htmlParts.stream()
                    .map(html -> JapaneseCharsets.decode(html.bytes(), html.charset()))
                    .toList();
        }

        Content content(Entity entity) {
            var plainParts = new ArrayList<String>();
            var htmlParts = new ArrayList<HtmlPart>();
            collect(entity, 0, plainParts, htmlParts);
            var hrefs = new ArrayList<String>();
            String text;
            if (!plainParts.isEmpty()) {
                // the plain alternative is the text; of the HTML only the link targets are needed
                htmlParts.forEach(html -> hrefs.addAll(HtmlText.hrefs(html.bytes(), html.charset())));
                text = plainParts.size() == 1 ? plainParts.get(0) : String.join("\n", plainParts);
            } else {
                var fromHtml = new StringBuilder();
                for (HtmlPart html : htmlParts) {
                    var content = HtmlText.of(JapaneseCharsets.decode(html.bytes(), html.charset()));
                    hrefs.addAll(content.hrefs());
                    fromHtml.append(content.text()).append('\n');
                }
                text = fromHtml.toString();
            }
            if (text.length() > limits.maxTextChars()) {
                problems.add("the text is longer than " + limits.maxTextChars() + " characters; the rest was not read");
                text = text.substring(0, limits.maxTextChars());
            }
            return new Content(text, hrefs);
        }

        private void collect(Entity entity, int depth, List<String> plain, List<HtmlPart> html) {
            if (!enter(depth)) {
                return;
            }
            Body body = entity.getBody();
            if (body instanceof Multipart multipart) {
                for (Entity part : multipart.getBodyParts()) {
                    collect(part, depth + 1, plain, html);
                }
                return;
            }
            if (!(body instanceof SingleBody single) || "attachment".equalsIgnoreCase(entity.getDispositionType())) {
                return; // attachments and nested messages are kept, never opened
            }
            String type = entity.getMimeType() == null
                    ? "text/plain"
                    : entity.getMimeType().toLowerCase();
            if (!type.equals("text/plain") && !type.equals("text/html")) {
                return;
            }
            byte[] bytes;
            try {
                bytes = decoded(entity, single);
            } catch (IOException e) {
                problems.add("a " + type + " part could not be decoded: " + e.getMessage());
                return;
            }
            if (type.equals("text/html")) {
                html.add(new HtmlPart(bytes, charsetOf(entity))); // decoded when its text is needed
            } else {
                String text = JapaneseCharsets.decode(bytes, charsetOf(entity));
                if (!text.isBlank()) {
                    plain.add(text);
                }
            }
        }

        /** The bytes of a text body without their transfer encoding (base64, quoted-printable). */
        private byte[] decoded(Entity entity, SingleBody body) throws IOException {
            byte[] raw;
            if (body instanceof EncodedTextBody encoded) {
                raw = encoded.bytes;
            } else {
                try (InputStream in = body.getInputStream()) {
                    raw = in.readAllBytes();
                }
            }
            String encoding = entity.getContentTransferEncoding();
            if ("base64".equalsIgnoreCase(encoding)) {
                try {
                    return Base64.getMimeDecoder().decode(raw);
                } catch (IllegalArgumentException e) {
                    // broken base64 (stray padding): decoded as far as it goes, what failed reported
                    return new Base64InputStream(new ByteArrayInputStream(raw), problems).readAllBytes();
                }
            }
            if ("quoted-printable".equalsIgnoreCase(encoding)) {
                return new QuotedPrintableInputStream(new ByteArrayInputStream(raw), problems).readAllBytes();
            }
            return raw;
        }

        private boolean enter(int depth) {
            deadline.check();
            if (depth > limits.maxDepth()) {
                problems.add("MIME nesting deeper than " + limits.maxDepth() + " levels; deeper parts were not read");
                return false;
            }
            if (++parts > limits.maxParts()) {
                problems.add("more than " + limits.maxParts() + " MIME parts; the rest were not read");
                return false;
            }
            return true;
        }

        private Message headersOnly(Entity part) {
            if (!(part.getBody() instanceof SingleBody single)) {
                return null;
            }
            try {
                return parse(new ByteArrayInputStream(decoded(part, single)), problems, Bodies.TEXT_ONLY);
            } catch (IOException e) {
                problems.add("the reported headers could not be read: " + e.getMessage());
                return null;
            }
        }
    }

    private static String charsetOf(Entity entity) {
        Field contentType =
                entity.getHeader() == null ? null : entity.getHeader().getField("Content-Type");
        if (contentType == null) {
            return null;
        }
        var m = CHARSET.matcher(contentType.getBody());
        return m.find() ? m.group(1) : null;
    }

    /** What could not be read, as mime4j and the walk report it. */
    private static final class Problems extends DecodeMonitor {

        private final List<String> list = new ArrayList<>();

        @Override
        public boolean warn(String data, String dropDesc) {
            add(dropDesc == null ? data : data + " (" + dropDesc + ")");
            return false;
        }

        @Override
        public boolean isListening() {
            return true;
        }

        void add(String problem) {
            if (list.size() < MAX_PROBLEMS && !list.contains(problem)) {
                list.add(problem);
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<String> list() {
            return List.copyOf(list);
        }
    }

    /** Stops an analysis that takes longer than the time limit. */
    private static final class Deadline {

        private final long end;

        Deadline(Duration limit) {
            this.end = System.nanoTime() + limit.toNanos();
        }

        void check() {
            if (System.nanoTime() > end) {
                throw new AnalysisTimeout();
            }
        }
    }

    /** The time limit was reached. */
    private static final class AnalysisTimeout extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AnalysisTimeout() {
            super("the analysis took longer than its time limit", null, false, false);
        }
    }
}
