package jp.spamcenter.web.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues, checks and revokes partners' api keys. A key is 32 random bytes: a SHA-256 of it is as safe to keep
 * as a slow hash (nothing to guess), and lets a request's key be found by an index look-up.
 *
 * <p>A partner posts many requests a second with the same key, so each instance remembers a valid key's partner
 * for {@code api.key-cache-seconds} (10): a revocation takes effect at once on the instance that revoked it and
 * within that time on the others. Unknown keys are not remembered (nothing to fill the memory with).
 */
@ApplicationScoped
@Transactional
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** At most this many keys are remembered; more partners than that is not what the center has. */
    private static final int CACHED_KEYS = 1_000;

    @PersistenceContext(unitName = "web")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "api.key-cache-seconds", defaultValue = "10")
    int cacheSeconds;

    @Inject
    Clock clock;

    /** Valid keys' partners by the keys' hashes, with the time (the clock's milliseconds) until which they may be used. */
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Partner partner, long until) {}

    /** A new key for the partner, returned this once. */
    public NewKey issue(String partnerName, Set<String> scopes) {
        String name = partnerName == null ? "" : partnerName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new IllegalArgumentException("partner.name.invalid");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = "sck_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var apiKey = new ApiKey(name, key.substring(0, 10), sha256(key), scopes, clock.instant());
        em.persist(apiKey);
        em.flush();
        return new NewKey(apiKey.partner(), key);
    }

    /** The partner whose valid key this is. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Partner> partnerWithKey(String key) {
        if (key == null || !key.startsWith("sck_") || key.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(key);
        long now = clock.millis();
        Remembered known = remembered.get(hash);
        if (known != null && now - known.until() < 0) {
            return Optional.of(known.partner());
        }
        Optional<Partner> partner = em
                .createQuery("SELECT k FROM ApiKey k WHERE k.keyHash = :hash", ApiKey.class)
                .setParameter("hash", hash)
                .getResultList()
                .stream()
                .findFirst()
                .map(ApiKey::partner)
                .filter(Partner::active);
        if (partner.isEmpty()) {
            remembered.remove(hash);
        } else if (cacheSeconds > 0) {
            if (remembered.size() >= CACHED_KEYS) {
                remembered.clear();
            }
            remembered.put(hash, new Remembered(partner.get(), now + cacheSeconds * 1_000L));
        }
        return partner;
    }

    public void revoke(long keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key != null) {
            key.revoke(clock.instant());
            remembered.values().removeIf(r -> r.partner().keyId() == keyId);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Partner> all() {
        return em.createQuery("SELECT k FROM ApiKey k ORDER BY k.id DESC", ApiKey.class).getResultList().stream()
                .map(ApiKey::partner)
                .toList();
    }

    /** A key just issued: the key itself is in no table. */
    public record NewKey(Partner partner, String key) {}

    private static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
