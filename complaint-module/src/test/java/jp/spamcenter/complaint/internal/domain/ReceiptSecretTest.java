package jp.spamcenter.complaint.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptSecretTest {

    @Test
    void aSecretMatchesOnlyItsOwnHashHoweverItIsTyped() {
        String secret = ReceiptSecret.generate();
        assertThat(secret).matches("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}");
        String stored = ReceiptSecret.hash(secret);
        assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain(secret);
        assertThat(ReceiptSecret.matches(secret, stored)).isTrue();
        assertThat(ReceiptSecret.matches(" " + secret.toLowerCase().replace("-", " ") + " ", stored))
                .isTrue();
        // full-width, as a Japanese phone keyboard types it
        assertThat(ReceiptSecret.matches(jp.spamcenter.complaint.testsupport.Typed.fullWidth(secret), stored))
                .isTrue();
        assertThat(ReceiptSecret.matches(ReceiptSecret.generate(), stored)).isFalse();
        assertThat(ReceiptSecret.matches(null, stored)).isFalse();
        assertThat(ReceiptSecret.hash(secret)).isNotEqualTo(stored); // salted
    }
}
