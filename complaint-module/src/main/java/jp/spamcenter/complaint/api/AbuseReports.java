package jp.spamcenter.complaint.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Reported spam as machine-readable abuse reports for carriers and foreign enforcement agencies: X-ARF v4
 * (messaging/spam, checked against the official JSON Schemas before it leaves) and ARF (RFC 5965). The spam
 * is the message as its recipient received it, without the citizen's forwarding envelope and with the
 * recipient's addresses redacted. Every document made is written to the access log with who asked.
 *
 * <p>Periods are days on the center's clock (Japan time), the end exclusive.
 *
 * @throws AbuseReportRejected when a report cannot be told this way (see its codes)
 */
public interface AbuseReports {

    /** Where a period's spam came from: reports per origin country, most first. */
    List<CountryCount> originCountries(LocalDate from, LocalDate toExclusive);

    /**
     * A period's reports whose origin is in the country and whose message the center holds, oldest first: the
     * next {@code limit} after the id {@code afterId} (0 for the first).
     */
    List<ComplaintId> fromCountry(String country, LocalDate from, LocalDate toExclusive, long afterId, int limit);

    /** One report as an X-ARF v4 JSON document of category messaging, type spam. */
    Document xarf(ComplaintId complaint, Reporter reporter, String readBy);

    /** One report as an ARF feedback report (multipart/report; report-type=feedback-report). */
    Document arf(ComplaintId complaint, Reporter reporter, String readBy);

    /**
     * The evidence of a set of reports (a campaign, a case) for the carrier or ISP whose customer sent them:
     * each spam as a message (recipients redacted), and what the reports have in common.
     */
    EvidencePackage evidence(Collection<ComplaintId> reports, String readBy);

    /**
     * @param messages the spam of each report that holds one, as {@code message/rfc822}
     * @param withoutMessage reports described by citizens or forwarded inline: counted, not attached
     */
    record EvidencePackage(
            List<Document> messages,
            List<ComplaintId> withoutMessage,
            Instant firstSeen,
            Instant lastSeen,
            List<String> senderDomains,
            List<String> originIps,
            List<String> subjects,
            List<String> smsSenders) {

        /** How many reports the package speaks for. */
        public int reports() {
            return messages.size() + withoutMessage.size();
        }
    }

    /** Who reports: the center, as the agencies know it. */
    record Reporter(String org, String contact, String domain) {}

    /** Reports of one origin country. */
    record CountryCount(String country, long reports) {}

    /** A document ready to send; {@code id} is the X-ARF report id or the ARF message's Message-ID. */
    record Document(ComplaintId complaint, String id, String mediaType, byte[] content) {

        /** A file name for the document, by its id. */
        public String fileName() {
            String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
            return safe
                    + (mediaType.startsWith("application/json")
                            ? ".json"
                            : mediaType.startsWith("text/plain") ? ".txt" : ".eml");
        }

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }
}
