package jp.spamcenter.complaint.internal.abuse;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.api.AbuseReports.Reporter;

/**
 * One spam as an X-ARF v4 document of category {@code messaging}, type {@code spam}, with the message as
 * {@code message/rfc822} evidence. The field names and limits are those of the official v4 schemas.
 */
public final class XarfDocument {

    public static final String VERSION = "4.2.0";
    /** The schemas' limit on one evidence item. */
    static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

    private static final Pattern TAG_VALUE = Pattern.compile("[a-z0-9][a-z0-9_+-]*");

    private XarfDocument() {}

    /** The document with a fresh report id. */
    public static String of(UUID reportId, Spam spam, Reporter reporter) {
        JsonObjectBuilder contact = Json.createObjectBuilder()
                .add("org", reporter.org())
                .add("contact", reporter.contact())
                .add("domain", reporter.domain());
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("xarf_version", VERSION)
                .add("report_id", reportId.toString())
                .add(
                        "timestamp",
                        DateTimeFormatter.ISO_INSTANT.format(spam.receivedAt().truncatedTo(ChronoUnit.SECONDS)))
                .add("reporter", contact)
                .add(
                        "sender",
                        Json.createObjectBuilder()
                                .add("org", reporter.org())
                                .add("contact", reporter.contact())
                                .add("domain", reporter.domain()))
                .add("source_identifier", spam.sourceIp())
                .add("source_port", 25)
                .add("category", "messaging")
                .add("type", "spam")
                .add("evidence_source", "user_complaint")
                .add("protocol", "smtp")
                .add("smtp_from", spam.mailFrom())
                .add(
                        "description",
                        "Reported by its recipient to the Spam Complaint and Consultation Center, Japan"
                                + " (Act on Regulation of Transmission of Specified Electronic Mail).");
        if (spam.subject() != null && !spam.subject().isBlank()) {
            document.add("subject", cut(spam.subject(), 500));
        }
        if (spam.senderName() != null && !spam.senderName().isBlank()) {
            document.add("sender_name", cut(spam.senderName(), 200));
        }
        if (spam.messageId() != null && !spam.messageId().isBlank()) {
            document.add("message_id", cut(spam.messageId(), 200));
        }
        if (spam.message().length <= MAX_EVIDENCE_BYTES) {
            document.add(
                    "evidence",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("content_type", "message/rfc822")
                                    .add(
                                            "description",
                                            "The spam as its recipient received it; the recipient's"
                                                    + " addresses are redacted")
                                    .add("payload", Base64.getEncoder().encodeToString(spam.message()))
                                    .add("hash", "sha256:" + sha256(spam.message()))
                                    .add("size", spam.message().length)));
        }
        JsonArrayBuilder tags = Json.createArrayBuilder().add("source:jp-spam-center");
        tag(tags, "category", spam.category());
        tag(tags, "campaign", spam.campaignKey());
        document.add("tags", tags);
        return document.build().toString();
    }

    private static void tag(JsonArrayBuilder tags, String namespace, String value) {
        if (value == null) {
            return;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (TAG_VALUE.matcher(lower).matches()) {
            tags.add(namespace + ":" + lower);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
