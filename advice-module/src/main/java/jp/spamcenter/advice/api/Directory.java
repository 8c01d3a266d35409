package jp.spamcenter.advice.api;

import java.io.Reader;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The partners the center refers to: consumer centers by prefecture (the national hotline 188 behind them
 * all), carriers and ISPs by the domains they serve, enforcement agencies abroad by country. Administrators
 * edit them and import them from CSV files whose headers {@link #CONSUMER_CENTER_HEADER},
 * {@link #CARRIER_HEADER} and {@link #AGENCY_HEADER} give.
 *
 * @throws DirectoryRejected when an entry is not valid (a code per rule)
 */
public interface Directory {

    /** The columns of the consumer centers' CSV, in any order; municipality, hours, web and email may be empty. */
    List<String> CONSUMER_CENTER_HEADER =
            List.of("prefecture_code", "municipality", "name", "phone", "hours", "web", "email");

    /** The columns of the carriers' CSV: domains separated by spaces. */
    List<String> CARRIER_HEADER = List.of("name", "domains", "abuse_email");

    /** The columns of the agencies' CSV: format XARF or ARF; web may be empty. */
    List<String> AGENCY_HEADER = List.of("country_code", "agency", "contact_email", "format", "web");

    /** Everywhere in Japan: the consumer hotline, which connects to the nearest center. */
    ConsumerCenter HOTLINE_188 =
            new ConsumerCenter(null, null, "", "消費者ホットライン", "188", "全国共通（最寄りの消費生活センター等につながります）", null, null);

    /** A destination to refer a case to: a directory entry (or the hotline 188), by a key unique among all kinds. */
    record Destination(String key, Long id, String name, String contact, String label) implements Serializable {}

    /**
     * The destinations of a kind for a case, the one the case suggests first: the consumer centers of the citizen's
     * prefecture (188 when it has none), the carrier serving the sender's domain, the agency of the origin
     * country; the police have no directory.
     *
     * @param prefectureCode the citizen's prefecture, or null
     * @param senderDomain the spam's sender domain, or null
     * @param originCountry the spam's origin country (ISO 3166 alpha-2), or null
     */
    List<Destination> destinations(
            Referrals.DestinationKind kind, String prefectureCode, String senderDomain, String originCountry);

    /** The centers of one prefecture, its own (no municipality) first; 188 when it has none. */
    List<ConsumerCenter> consumerCenters(String prefectureCode);

    /** All centers, by prefecture. */
    List<ConsumerCenter> consumerCenters();

    ConsumerCenter save(ConsumerCenter center);

    void deleteConsumerCenter(long id);

    /** Reads the CSV: good rows are kept (added, or replacing the row of the same key), bad rows are named. */
    ImportResult importConsumerCenters(Reader csv);

    List<Carrier> carriers();

    /** The carrier serving a domain or one of its parents ({@code mail.docomo.ne.jp} → {@code docomo.ne.jp}). */
    Optional<Carrier> carrierFor(String domain);

    Carrier save(Carrier carrier);

    void deleteCarrier(long id);

    ImportResult importCarriers(Reader csv);

    List<ForeignAgency> agencies();

    Optional<ForeignAgency> agencyFor(String countryCode);

    ForeignAgency save(ForeignAgency agency);

    void deleteAgency(long id);

    ImportResult importAgencies(Reader csv);

    /** A consumer center; {@code id} is null for one not saved yet (and for 188). */
    record ConsumerCenter(
            Long id,
            String prefectureCode,
            String municipality,
            String name,
            String phone,
            String hours,
            String webUrl,
            String email) {}

    record Carrier(Long id, String name, List<String> domains, String abuseEmail) {}

    record ForeignAgency(
            Long id, String countryCode, String agency, String contactEmail, String format, String webUrl) {}

    /** What an import kept and what it refused, row by row (line numbers of the file, the header is line 1). */
    record ImportResult(int imported, List<RowError> errors) {}

    /** One refused row: its line, the rule it broke (the codes of {@link DirectoryRejected}), the value as given (none when the rule needs one). */
    record RowError(long line, String code, String value) implements java.io.Serializable {}
}
