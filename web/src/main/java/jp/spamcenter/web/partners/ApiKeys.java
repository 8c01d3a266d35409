package jp.spamcenter.web.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issues, checks and revokes partners' api keys. A key is 32 random bytes: a SHA-256 of it is as safe to keep
 * as a slow hash (nothing to guess), and lets a request's key be found by an index look-up.
 */
@ApplicationScoped
@Transactional
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "web")
    EntityManager em;

    /** A new key for the partner, returned this once. */
    public NewKey issue(String partnerName, Set<String> scopes) {
        String name = partnerName == null ? "" : partnerName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new IllegalArgumentException("partner.name.invalid");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = "sck_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var apiKey = new ApiKey(name, key.substring(0, 10), sha256(key), scopes);
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
        return em
                .createQuery("SELECT k FROM ApiKey k WHERE k.keyHash = :hash", ApiKey.class)
                .setParameter("hash", sha256(key))
                .getResultList()
                .stream()
                .findFirst()
                .map(ApiKey::partner)
                .filter(Partner::active);
    }

    public void revoke(long keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key != null) {
            key.revoke();
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
