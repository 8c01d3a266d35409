package jp.spamcenter.web.staff;

import java.util.Set;

/** A staff account as pages show it: never with its password hash. */
public record StaffMember(String username, String displayName, Set<StaffRole> roles, boolean enabled)
        implements java.io.Serializable {}
