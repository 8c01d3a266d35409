package jp.spamcenter.complaint.internal.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import jp.spamcenter.complaint.api.ReceiptNumber;

/**
 * The secret that, with the receipt number, lets a citizen follow an anonymous report: ten characters from
 * the receipt's unambiguous alphabet (50 bits), shown once and kept only as a salted PBKDF2 hash.
 */
public final class ReceiptSecret {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int LENGTH = 10;
    private static final int ITERATIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified against when the receipt number is unknown, so that both answers take as long. */
    private static final String DECOY = hash("2222233333");

    private ReceiptSecret() {}

    /** A new secret, grouped for reading aloud: {@code K7QM3-XWD9R}. */
    public static String generate() {
        var s = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The stored form: {@code pbkdf2-sha256$iterations$salt$hash}. */
    public static String hash(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(canonical(secret), salt, ITERATIONS));
    }

    /** Whether the typed secret matches the stored hash; compares in constant time. */
    public static boolean matches(String typed, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || typed == null) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(canonical(typed), salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of a real check, for an unknown receipt number. */
    public static void decoyCheck(String typed) {
        matches(typed == null ? "" : typed, DECOY);
    }

    /** What the citizen typed, without case, spaces, dashes or full-width forms (as receipt numbers are read). */
    static String canonical(String typed) {
        return ReceiptNumber.typedCharacters(typed);
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
