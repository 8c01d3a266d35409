package jp.spamcenter.advice.api;

import java.time.Instant;

/** One row of an advisor's case list. */
public record CaseSummary(
        long caseId,
        long complaintId,
        String receiptNumber,
        String subject,
        String prefectureCode,
        CaseStatus status,
        Instant openedAt) {}
