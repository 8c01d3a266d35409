package jp.spamcenter.web.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A partner's api key: only its SHA-256 is kept; the key itself is shown once, when created. */
@Entity
@Table(name = "web_api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String partner;

    @Column(name = "key_prefix", nullable = false, length = 10)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(nullable = false, length = 200)
    private String scopes;

    /** UTC wall clock. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** UTC wall clock; null while the key is valid. */
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiKey() {}

    ApiKey(String partner, String keyPrefix, String keyHash, Set<String> scopes, java.time.Instant createdAt) {
        this.partner = partner;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.scopes = String.join(" ", scopes);
        this.createdAt = LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
    }

    void revoke(java.time.Instant at) {
        if (revokedAt == null) {
            revokedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        }
    }

    Partner partner() {
        return new Partner(
                id,
                partner,
                keyPrefix,
                Arrays.stream(scopes.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet()),
                revokedAt == null);
    }
}
