package jp.spamcenter.complaint.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What statistics count of every stored report, page by page in id order: for rebuilding the reporting
 * module's rollups from scratch (the events keep them up to date otherwise). No personal data.
 */
public interface ReportFacts {

    /** The next {@code limit} reports after the id {@code afterId} (0 for the first). */
    List<Fact> after(long afterId, int limit);

    /**
     * The reports received from {@code from} (inclusive) until {@code until} (exclusive), {@code limit} at a time
     * in id order after {@code afterId}: what the statistics check recounts, one day at a time.
     */
    List<Fact> receivedBetween(Instant from, Instant until, long afterId, int limit);

    /** When the first stored report was received; empty when there is none. */
    Optional<Instant> firstReceivedAt();

    /** How many reports there are. */
    long count();

    /**
     * One report as the events would tell it: {@code analysed} false when it has no analysis yet (the analysis
     * columns are null then); {@code originCountry} "" when analysed without a known origin;
     * {@code brand} the impersonated brand's code or null; {@code smsSenderKind} an SMS sender's kind or null; {@code awaitingAnalysis} while its first analysis is still queued (its events, and so its counts, come
     * with that analysis, or with its quarantine).
     */
    record Fact(
            long complaintId,
            String receiptNumber,
            Instant receivedAt,
            String prefectureCode,
            String channel,
            String intake,
            boolean analysed,
            String category,
            String originCountry,
            String campaignKey,
            List<String> violatedDuties,
            boolean awaitingAnalysis,
            String brand,
            String smsSenderKind) {}
}
