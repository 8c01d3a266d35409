package jp.spamcenter.complaint.internal.analysis;

import java.util.Optional;

/**
 * Three open databases read together, chosen by measured agreement (docs/analysis.md, "Country database"): the
 * country two of them give; without two that agree, GeoFeed + Whois + ASN for IPv4 (it agrees best with the
 * others there) and DB-IP Lite for IPv6 (it knows every listed network). The registry-derived data alone places
 * Japanese carriers' IPv6 blocks in Australia, where APNIC sits; DB-IP and iptoasn outvote it there.
 */
final class CombinedCountries implements CountryLookup {

    private final CountryLookup whois;
    private final CountryLookup dbip;
    private final CountryLookup iptoasn;

    CombinedCountries(CountryLookup whois, CountryLookup dbip, CountryLookup iptoasn) {
        this.whois = whois;
        this.dbip = dbip;
        this.iptoasn = iptoasn;
    }

    @Override
    public Optional<String> countryOf(String ip) {
        String chosen = choose(
                whois.countryOf(ip).orElse(""),
                dbip.countryOf(ip).orElse(""),
                iptoasn.countryOf(ip).orElse(""),
                ip.indexOf(':') >= 0);
        return chosen.isEmpty() ? Optional.empty() : Optional.of(chosen);
    }

    /** The rule, for three answers ("" for none). */
    static String choose(String whois, String dbip, String iptoasn, boolean ipv6) {
        if (!whois.isEmpty() && (whois.equals(dbip) || whois.equals(iptoasn))) {
            return whois;
        }
        if (!dbip.isEmpty() && dbip.equals(iptoasn)) {
            return dbip;
        }
        String first = ipv6 ? dbip : whois;
        String second = ipv6 ? whois : dbip;
        return !first.isEmpty() ? first : !second.isEmpty() ? second : iptoasn;
    }
}
