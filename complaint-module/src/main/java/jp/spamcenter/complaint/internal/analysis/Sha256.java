package jp.spamcenter.complaint.internal.analysis;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, for every message and campaign key: a copy of one prepared digest, without a provider look-up. */
final class Sha256 {

    private static final MessageDigest PROTOTYPE;

    static {
        try {
            PROTOTYPE = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Sha256() {}

    static byte[] digest(byte[] bytes) {
        try {
            return ((MessageDigest) PROTOTYPE.clone()).digest(bytes);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 implementation cannot be copied", e);
        }
    }
}
