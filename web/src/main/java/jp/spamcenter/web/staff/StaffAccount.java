package jp.spamcenter.web.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/** A member of staff who signs in: advisor, manager or administrator. */
@Entity
@Table(name = "web_staff_account")
public class StaffAccount {

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    /** UTC wall clock. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "web_staff_role", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    protected StaffAccount() {}

    StaffAccount(
            String username, String displayName, String passwordHash, Set<StaffRole> roles, LocalDateTime createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    String passwordHash() {
        return passwordHash;
    }

    StaffMember view() {
        return new StaffMember(username, displayName, Set.copyOf(roles), enabled);
    }

    public String username() {
        return username;
    }

    boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }
}
