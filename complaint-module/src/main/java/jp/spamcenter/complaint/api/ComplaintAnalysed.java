package jp.spamcenter.complaint.api;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;

/**
 * Published through the outbox each time a report is analysed (the first time, and again after an analyser
 * upgrade): what statistics count of it. No personal data. {@code originCountry} is ISO 3166 alpha-2, null when
 * unknown; {@code violatedDuties} are the display duties of the opt-in law the message fails (their rule codes);
 * {@code brand} the code of the brand the message impersonates ({@link BrandNames}), null when none.
 */
public record ComplaintAnalysed(
        long complaintId,
        Instant receivedAt,
        String category,
        String originCountry,
        String campaignKey,
        List<String> violatedDuties,
        String analyserVersion,
        String brand)
        implements ComplaintEvent {

    @JsonbCreator
    public ComplaintAnalysed {
        violatedDuties = violatedDuties == null ? List.of() : List.copyOf(violatedDuties);
    }

    /** An analysis that found no impersonated brand (and events written before brands were counted). */
    public ComplaintAnalysed(
            long complaintId,
            Instant receivedAt,
            String category,
            String originCountry,
            String campaignKey,
            List<String> violatedDuties,
            String analyserVersion) {
        this(complaintId, receivedAt, category, originCountry, campaignKey, violatedDuties, analyserVersion, null);
    }
}
