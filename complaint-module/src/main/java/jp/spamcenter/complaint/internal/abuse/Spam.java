package jp.spamcenter.complaint.internal.abuse;

import java.time.Instant;

/**
 * What an abuse report tells of one spam: where and when it came from, who sent it, what it is, and the
 * message itself (recipients redacted).
 *
 * @param receivedAt when the spam reached its recipient (the date of its first trusted hop, else its Date)
 * @param sourceIp the originating IP of the Received chain
 * @param mailFrom the envelope sender (Return-Path), else the From address
 * @param category the center's category code (BILLING_FRAUD, PHISHING...)
 * @param reportedUrls links the text carries, at most a few
 */
public record Spam(
        Instant receivedAt,
        String sourceIp,
        String mailFrom,
        String senderName,
        String subject,
        String messageId,
        String category,
        String campaignKey,
        java.util.List<String> reportedUrls,
        byte[] message) {}
