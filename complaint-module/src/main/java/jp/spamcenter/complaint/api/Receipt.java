package jp.spamcenter.complaint.api;

import java.time.Instant;

/** What the citizen is given back once the complaint is stored. */
public record Receipt(ComplaintId complaintId, ReceiptNumber number, Instant receivedAt) {}
