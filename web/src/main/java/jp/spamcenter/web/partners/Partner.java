package jp.spamcenter.web.partners;

import java.util.Set;

/** A partner as pages and the api see it: never with its key or hash. */
public record Partner(long keyId, String name, String keyPrefix, Set<String> scopes, boolean active)
        implements java.io.Serializable {

    /** May file reports through the bulk api. */
    public static final String REPORTS_WRITE = "reports:write";

    /** Who filed a report, as the report keeps it (64 characters at most): the key's number and its name. */
    public String filedBy() {
        String filedBy = "partner:" + keyId + ":" + name;
        return filedBy.codePointCount(0, filedBy.length()) <= 64
                ? filedBy
                : filedBy.substring(0, filedBy.offsetByCodePoints(0, 64));
    }

    public boolean may(String scope) {
        return active && scopes.contains(scope);
    }
}
