package jp.spamcenter.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Creates and manages staff accounts. Passwords are only ever stored as PBKDF2 hashes. */
@ApplicationScoped
@Transactional
public class StaffAccounts {

    /** The center's clock. */
    @Inject
    Clock clock;

    /** Hash parameters, shared with the identity store that checks passwords at sign-in. */
    public static final String HASH_ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";

    public static final String HASH_ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String HASH_SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";

    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "web")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    /** The hash an unknown user name's password is checked against (made once, of a random password). */
    private volatile String unknownUserHash;

    /**
     * A new, enabled account.
     *
     * @throws StaffAccountRejected when the username is malformed or taken, the password too weak, or no role
     */
    public StaffMember create(String username, String displayName, char[] password, Set<StaffRole> roles) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new StaffAccountRejected("staff.username.invalid");
        }
        if (em.find(StaffAccount.class, name) != null) {
            throw new StaffAccountRejected("staff.username.taken");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            throw new StaffAccountRejected("staff.displayName.invalid");
        }
        if (roles == null || roles.isEmpty()) {
            throw new StaffAccountRejected("staff.roles.required");
        }
        var account = new StaffAccount(
                name,
                displayName.strip(),
                hashOf(password),
                roles,
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        em.persist(account);
        return account.view();
    }

    /**
     * The enabled account whose password this is, or empty. An unknown or disabled user name is checked against
     * a hash of a random password all the same, so that it takes as long as a wrong password of a real account.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffMember> verify(String username, char[] password) {
        StaffAccount account =
                username == null || username.length() > 64 ? null : em.find(StaffAccount.class, username);
        char[] offered = password == null ? new char[0] : password;
        if (account == null || !account.enabled()) {
            hash.verify(offered, unknownUserHash());
            return Optional.empty();
        }
        return hash.verify(offered, account.passwordHash()) ? Optional.of(account.view()) : Optional.empty();
    }

    private String unknownUserHash() {
        String known = unknownUserHash;
        if (known == null) {
            known = hashOf(randomPassword());
            unknownUserHash = known;
        }
        return known;
    }

    public void setPassword(String username, char[] password) {
        account(username).changePasswordHash(hashOf(password));
    }

    public void setEnabled(String username, boolean enabled) {
        account(username).enabled(enabled);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffMember> find(String username) {
        return Optional.ofNullable(em.find(StaffAccount.class, username)).map(StaffAccount::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffMember> all() {
        return em
                .createQuery("SELECT a FROM StaffAccount a ORDER BY a.username", StaffAccount.class)
                .getResultList()
                .stream()
                .map(StaffAccount::view)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** The enabled members with a role, by name: who cases can be given to. */
    public List<StaffMember> withRole(StaffRole role) {
        return em.createQuery(
                        "SELECT a FROM StaffAccount a JOIN a.roles r WHERE r = :role AND a.enabled = TRUE"
                                + " ORDER BY a.username",
                        StaffAccount.class)
                .setParameter("role", role)
                .getResultStream()
                .map(StaffAccount::view)
                .toList();
    }

    public boolean anyWithRole(StaffRole role) {
        return !em.createQuery("SELECT a.username FROM StaffAccount a JOIN a.roles r WHERE r = :role", String.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** A random password of 20 characters (about 117 bits), easy to copy: no 0/O, 1/l/I. */
    public static char[] randomPassword() {
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length()));
        }
        return password;
    }

    private StaffAccount account(String username) {
        var account = em.find(StaffAccount.class, username);
        if (account == null) {
            throw new StaffAccountRejected("staff.username.unknown");
        }
        return account;
    }

    private String hashOf(char[] password) {
        if (password == null || password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
            throw new StaffAccountRejected("staff.password.length");
        }
        var parameters = new HashMap<String, String>();
        for (String p : List.of(HASH_ITERATIONS, HASH_ALGORITHM, HASH_SALT_BYTES)) {
            String[] kv = p.split("=", 2);
            parameters.put(kv[0], kv[1]);
        }
        hash.initialize(parameters);
        return hash.generate(password);
    }
}
