package jp.spamcenter.complaint.api;

import java.time.Instant;

/**
 * What the citizen is given back once the complaint is stored. The secret is shown to the citizen this once
 * and never again: the center keeps only its hash. Null for a report from the mailbox or a partner: a citizen
 * who forwarded mail gets the secret with the acknowledgement, once the report is analysed.
 */
public record Receipt(ComplaintId complaintId, ReceiptNumber number, String secret, Instant receivedAt) {}
