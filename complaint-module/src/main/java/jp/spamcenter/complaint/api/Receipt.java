package jp.spamcenter.complaint.api;

import java.time.Instant;

/**
 * What the citizen is given back once the complaint is stored. The secret is shown to the citizen this once
 * and never again: the center keeps only its hash.
 */
public record Receipt(ComplaintId complaintId, ReceiptNumber number, String secret, Instant receivedAt) {}
