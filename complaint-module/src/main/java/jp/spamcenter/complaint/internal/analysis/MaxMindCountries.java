package jp.spamcenter.complaint.internal.analysis;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries from a MaxMind-format database read into memory: those shipped with the analyser
 * (ip-location-db's geo-whois-asn-country, CC BY 4.0 by NRO; dbip-country, DB-IP Lite, CC BY 4.0;
 * iptoasn-country, PDDL 1.0; read together) or an operator's own file (GeoLite2-Country works too). Answers from memory; never looks anything up on the network. The records read are kept
 * (a database has a few hundred distinct country records), so a look-up decodes nothing after the first.
 */
public final class MaxMindCountries implements CountryLookup {

    static final String BUNDLED = "country.mmdb";

    private final Reader reader;

    private MaxMindCountries(Reader reader) {
        this.reader = reader;
    }

    static final String BUNDLED_DBIP = "country-dbip.mmdb";
    static final String BUNDLED_IPTOASN = "country-iptoasn.mmdb";

    /**
     * The databases shipped with the analyser, if the build could fetch them: GeoFeed + Whois + ASN, DB-IP Lite
     * and iptoasn read together ({@link CombinedCountries}); the first alone if the others are missing.
     */
    public static Optional<CountryLookup> bundled() {
        Optional<CountryLookup> whois = resource(BUNDLED);
        Optional<CountryLookup> dbip = resource(BUNDLED_DBIP);
        Optional<CountryLookup> iptoasn = resource(BUNDLED_IPTOASN);
        if (whois.isPresent() && dbip.isPresent() && iptoasn.isPresent()) {
            return Optional.of(new CombinedCountries(whois.get(), dbip.get(), iptoasn.get()));
        }
        return whois.isPresent() ? whois : dbip;
    }

    private static Optional<CountryLookup> resource(String name) {
        try (InputStream in = MaxMindCountries.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new MaxMindCountries(new Reader(in, new CHMCache())));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled country database " + name + " cannot be read", e);
        }
    }

    /** An operator's own database file. */
    public static CountryLookup fromFile(Path file) {
        try {
            return new MaxMindCountries(new Reader(file.toFile(), Reader.FileMode.MEMORY, new CHMCache()));
        } catch (IOException e) {
            throw new UncheckedIOException("the country database " + file + " cannot be read", e);
        }
    }

    @Override
    public Optional<String> countryOf(String ip) {
        if (IpAddresses.parse(ip).isEmpty() || IpAddresses.isNonPublic(ip)) {
            return Optional.empty(); // private and reserved space belongs to no country
        }
        try {
            Object found = reader.get(InetAddress.getByName(ip), Map.class);
            if (!(found instanceof Map<?, ?> record)) {
                return Optional.empty();
            }
            // ip-location-db: {country_code: "JP"}; MaxMind: {country: {iso_code: "JP"}}
            Object code = record.get("country_code");
            if (code == null && record.get("country") instanceof Map<?, ?> country) {
                code = country.get("iso_code");
            }
            return code == null ? Optional.empty() : Optional.of(code.toString().toUpperCase(Locale.ROOT));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
