package jp.spamcenter.complaint.api;

import java.time.Instant;

/** A complaint as its citizen sees it when following it up: no contact data, no analysis details. */
public record ComplaintSummary(
        ComplaintId id, ReceiptNumber receiptNumber, String subject, Instant receivedAt, String category)
        implements java.io.Serializable {}
