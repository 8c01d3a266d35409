package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Registrable domains as the Public Suffix List defines them, where a rule of two or three labels goes wrong. */
class RegistrableDomainTest {

    @ParameterizedTest
    @CsvSource({
        "mail.example.co.jp, example.co.jp",
        "example.co.jp, example.co.jp",
        "news.example.com, example.com",
        // an exception rule: *.kawasaki.jp, but !city.kawasaki.jp
        "www.city.kawasaki.jp, city.kawasaki.jp",
        "shop.foo.kawasaki.jp, shop.foo.kawasaki.jp",
        // the list's private section: each user's site is a domain of its own
        "alice.github.io, alice.github.io",
        "spam.blogspot.com, spam.blogspot.com",
        // geographic and prefecture second levels
        "www.metro.tokyo.lg.jp, tokyo.lg.jp",
        "mx.example.tokyo.jp, example.tokyo.jp",
        "a.b.example.com.cn, example.com.cn",
        // upper case and a trailing dot
        "MAIL.Example.CO.JP., example.co.jp",
        // a suffix alone has no registrable domain: itself
        "co.jp, co.jp",
        "github.io, github.io",
        // not on the list: the default rule, a suffix of one label
        "mx.example.invalidtld, example.invalidtld",
        "localhost, localhost",
        // not a domain name
        "192.0.2.1, 192.0.2.1"
    })
    void isThePublicSuffixAndOneLabel(String host, String registrable) {
        assertThat(RegistrableDomain.of(host)).isEqualTo(registrable);
    }

    @ParameterizedTest
    @CsvSource({"alice.github.io, bob.github.io", "city.kawasaki.jp, example.kawasaki.jp", "example.co.jp, other.co.jp"
    })
    void neighboursUnderOneSuffixAreNotOneOrganisation(String one, String other) {
        assertThat(RegistrableDomain.of(one)).isNotEqualTo(RegistrableDomain.of(other));
    }
}
