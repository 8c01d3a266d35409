package jp.spamcenter.complaint.internal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When readiness calls the report mailbox failing: its last round here failed, and nothing was read since. */
class MailboxStateTest {

    private static final Instant T = Instant.parse("2026-12-06T03:00:00Z");

    @Test
    void aFailureCountsUntilTheMailboxIsReadAgain() {
        assertThat(new MailboxPolling.State(true, null, null, null).failing()).isFalse();
        assertThat(new MailboxPolling.State(true, null, T, "AuthenticationFailedException").failing())
                .isTrue();
        assertThat(new MailboxPolling.State(true, T.minusSeconds(30), T, "timeout").failing())
                .isTrue();
        assertThat(new MailboxPolling.State(true, T.plusSeconds(30), T, "timeout").failing())
                .isFalse();
    }
}
