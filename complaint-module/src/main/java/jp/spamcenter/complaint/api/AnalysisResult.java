package jp.spamcenter.complaint.api;

import java.time.Instant;
import java.util.List;

/**
 * What the analysis found in one reported message. Every finding that decides something carries the
 * evidence it was decided on, so an advisor can check it.
 *
 * @param analyserVersion the version of the rules and code, so reports can be re-analysed after an upgrade
 * @param status how far the message could be read
 * @param problems what could not be read, in plain words (empty when {@code OK})
 * @param sha256 hex SHA-256 of the raw bytes, identifying the evidence unaltered
 * @param size the raw size in bytes
 * @param wrapping how the citizen sent the spam: as it is, attached to a forward, or forwarded inline
 * @param reporter the citizen's own envelope around a forward, or null when the spam came as it is
 * @param spam the headers of the spam itself
 * @param sender who the spam claims to be from, and where those claims disagree
 * @param authentication SPF, DKIM and DMARC verdicts as the receiving servers recorded them
 * @param hops the Received chain, newest first
 * @param origin the originating relay, or null when the chain does not show one
 * @param chainAnomalies what in the chain cannot be right (dates going backwards, impossible addresses)
 * @param indicators URLs, their domains, e-mail addresses and phone numbers in the body
 * @param displayDuties the law's display duties, each with the evidence that decided it
 * @param category the category and the evidence that matched
 * @param brand the brand the message names or imitates, or null
 * @param campaignKey a fingerprint shared by copies of the same spam sent to many
 * @param textExcerpt the beginning of the spam's readable text, decoded (HTML parsed, never rendered)
 */
public record AnalysisResult(
        String analyserVersion,
        Status status,
        List<String> problems,
        String sha256,
        long size,
        Wrapping wrapping,
        Envelope reporter,
        Envelope spam,
        Sender sender,
        Authentication authentication,
        List<Hop> hops,
        Origin origin,
        List<String> chainAnomalies,
        Indicators indicators,
        List<DisplayDutyFinding> displayDuties,
        CategoryFinding category,
        BrandFinding brand,
        String campaignKey,
        String textExcerpt)
        implements java.io.Serializable {

    /** How much of the text a result keeps. */
    public static final int EXCERPT_CHARS = 2000;

    /** How far a message could be read. */
    public enum Status {
        OK,
        PARTIAL,
        UNPARSEABLE
    }

    /** How the spam reached the center. */
    public enum Wrapping {
        AS_IS,
        ATTACHED,
        INLINE_FORWARD
    }

    /** The headers a person reads: who, to whom, when, what about. */
    public record Envelope(String from, String to, String subject, Instant date, String messageId)
            implements java.io.Serializable {}

    /** The sender's claims and where they disagree. */
    public record Sender(
            String displayName,
            String address,
            String domain,
            String returnPath,
            String replyTo,
            String senderHeader,
            String messageIdDomain,
            List<String> mismatches)
            implements java.io.Serializable {}

    /** Verdicts recorded by receiving servers ({@code Authentication-Results}, {@code Received-SPF}). */
    public record Authentication(String spf, String dkim, String dmarc, List<String> evidence)
            implements java.io.Serializable {}

    /** One Received header, parsed. */
    public record Hop(
            int index, String fromHost, String ip, String helo, String by, String id, Instant date, String raw)
            implements java.io.Serializable {}

    /** The relay the spam entered the mail system from. */
    public record Origin(String ip, String country, int hopIndex, String evidence) implements java.io.Serializable {}

    /** What the body points to. */
    public record Indicators(List<String> urls, List<String> urlDomains, List<String> emails, List<String> phones)
            implements java.io.Serializable {}

    /** One display duty of the opt-in law and whether the message meets it. */
    public record DisplayDutyFinding(String duty, boolean met, String evidence, String titleJa, String titleEn)
            implements java.io.Serializable {}

    /** The message's category and what matched. */
    public record CategoryFinding(String code, List<String> evidence) implements java.io.Serializable {}

    /**
     * The brand a message names or imitates (the brand table's code, its kind: CARD, SHOP, BANK, UTILITY, CARRIER,
     * GOVERNMENT, DELIVERY or SERVICE), whether the message impersonates it (a lookalike domain, or the brand named
     * as the sender or in the subject with domains that are not the brand's), and the evidence.
     */
    public record BrandFinding(
            String code, String kind, String nameJa, String nameEn, boolean impersonated, List<String> evidence)
            implements java.io.Serializable {}
}
