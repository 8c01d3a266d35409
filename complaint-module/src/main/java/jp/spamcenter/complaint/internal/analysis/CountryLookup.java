package jp.spamcenter.complaint.internal.analysis;

import java.util.Optional;

/** Which country an IP address is registered in, from an offline database; never a live lookup. */
public interface CountryLookup {

    /** ISO 3166-1 alpha-2 code, upper case, if the database knows the address. */
    Optional<String> countryOf(String ip);

    /** For when no database is configured: the origin's country stays unknown. */
    CountryLookup NONE = ip -> Optional.empty();
}
