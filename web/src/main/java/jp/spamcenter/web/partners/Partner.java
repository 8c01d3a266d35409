package jp.spamcenter.web.partners;

import java.util.Set;

/** A partner as pages and the api see it: never with its key or hash. */
public record Partner(long keyId, String name, String keyPrefix, Set<String> scopes, boolean active)
        implements java.io.Serializable {

    /** May file reports through the bulk api. */
    public static final String REPORTS_WRITE = "reports:write";

    public boolean may(String scope) {
        return active && scopes.contains(scope);
    }
}
