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
 * Countries from a MaxMind-format database read into memory: the one shipped with the analyser
 * (ip-location-db's geo-whois-asn-country, CC BY 4.0 by NRO) or an operator's own file (GeoLite2-Country
 * works too). Answers from memory; never looks anything up on the network. The records read are kept
 * (a database has a few hundred distinct country records), so a look-up decodes nothing after the first.
 */
public final class MaxMindCountries implements CountryLookup {

    static final String BUNDLED = "country.mmdb";

    private final Reader reader;

    private MaxMindCountries(Reader reader) {
        this.reader = reader;
    }

    /** The database shipped with the analyser, if the build could fetch it. */
    public static Optional<CountryLookup> bundled() {
        try (InputStream in = MaxMindCountries.class.getResourceAsStream(BUNDLED)) {
            return in == null ? Optional.empty() : Optional.of(new MaxMindCountries(new Reader(in, new CHMCache())));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled country database cannot be read", e);
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
