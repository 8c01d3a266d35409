package jp.spamcenter.complaint.internal.analysis;

import com.google.common.net.InternetDomainName;
import java.util.Locale;

/**
 * The registrable (organisational) domain of a host name: its public suffix and one label more, on the Public
 * Suffix List with its private section ({@code github.io}, {@code blogspot.com}) and its exceptions
 * ({@code city.kawasaki.jp} under {@code *.kawasaki.jp}). DMARC aligns domains on it (RFC 7489, 3.2). The list
 * is Guava's copy, brought up to date with each Guava release. A name the list does not know ends in a suffix
 * of one label, the list's default rule.
 */
public final class RegistrableDomain {

    private RegistrableDomain() {}

    /** The registrable domain of a host name, in lower case; the name itself when it has none (a suffix, an IP). */
    public static String of(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        InternetDomainName domain;
        try {
            domain = InternetDomainName.from(name);
        } catch (IllegalArgumentException notADomainName) {
            return name;
        }
        if (domain.isUnderPublicSuffix()) {
            return domain.topPrivateDomain().toString();
        }
        if (domain.isPublicSuffix() || !domain.hasParent()) {
            return name;
        }
        // not on the list: the default rule "*", a suffix of one label
        var parts = domain.parts();
        return parts.get(parts.size() - 2) + "." + parts.get(parts.size() - 1);
    }
}
