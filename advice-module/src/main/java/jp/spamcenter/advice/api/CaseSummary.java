package jp.spamcenter.advice.api;

import java.time.Instant;

/** One row of an advisor's case list; {@code category} is the analysis's category code, or null. */
public record CaseSummary(
        long caseId,
        long complaintId,
        String receiptNumber,
        String subject,
        String prefectureCode,
        CaseStatus status,
        Instant openedAt,
        String category) {}
