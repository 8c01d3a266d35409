package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The shipped offline country database, read without any network lookup. */
class CountryLookupTest {

    @Test
    void wellKnownAddressesHaveTheirCountries() {
        var bundled = MaxMindCountries.bundled();
        if (bundled.isEmpty()) {
            System.err.println("!!!!! NO COUNTRY DATABASE: npm could not fetch it at build time; test skipped !!!!!");
        }
        Assumptions.assumeTrue(bundled.isPresent(), "the build fetched no country database");
        var countries = bundled.get();
        assertThat(countries.countryOf("202.214.129.125")).contains("JP"); // arena.ne.jp, in the corpus
        assertThat(countries.countryOf("8.8.8.8")).contains("US");
        assertThat(countries.countryOf("133.11.0.1")).contains("JP"); // the University of Tokyo
        // IPv6 is looked up too; this registry-derived data is coarse for IPv6 (docs/analysis.md)
        assertThat(countries.countryOf("2001:200::1")).isPresent();
        assertThat(countries.countryOf("192.168.1.1")).isEmpty();
        assertThat(countries.countryOf("not an address")).isEmpty();
    }

    @Test
    void japaneseIpv6BlocksAreInJapan() {
        var bundled = MaxMindCountries.bundled();
        Assumptions.assumeTrue(bundled.isPresent(), "the build fetched no country database");
        // a Japanese mobile carrier's block and WIDE's: GeoFeed + Whois + ASN alone says Australia (APNIC)
        assertThat(bundled.get().countryOf("2001:268:c000::1")).contains("JP");
        assertThat(bundled.get().countryOf("2001:200::1")).contains("JP");
        assertThat(bundled.get().countryOf("126.0.0.1")).contains("JP");
    }

    @Test
    void twoOfThreeDecideAndWithoutTwoIpv4FollowsWhoisAndIpv6DbIp() {
        assertThat(CombinedCountries.choose("AU", "JP", "JP", true)).isEqualTo("JP");
        assertThat(CombinedCountries.choose("US", "SG", "US", false)).isEqualTo("US");
        assertThat(CombinedCountries.choose("US", "SG", "", false)).isEqualTo("US");
        assertThat(CombinedCountries.choose("US", "SG", "", true)).isEqualTo("SG");
        assertThat(CombinedCountries.choose("", "KR", "", false)).isEqualTo("KR");
        assertThat(CombinedCountries.choose("", "", "CN", true)).isEqualTo("CN");
        assertThat(CombinedCountries.choose("", "", "", true)).isEmpty();
    }
}
