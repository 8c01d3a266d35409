package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceivedDatesTest {

    @Test
    void theUsualFormsAndTheirDeviations() {
        Instant expected = Instant.parse("2004-01-06T22:11:19Z");
        assertThat(ReceivedDates.parse(" Tue, 6 Jan 2004 16:11:19 -0600")).contains(expected);
        assertThat(ReceivedDates.parse("6 Jan 2004 16:11:19 -0600 (CST)")).contains(expected);
        assertThat(ReceivedDates.parse("Tue, 06 Jan 2004 22:11:19 GMT")).contains(expected);
        assertThat(ReceivedDates.parse("Wed, 7 Jan 2004 07:11:19 JST")).contains(expected);
        assertThat(ReceivedDates.parse("Tue,  6 Jan 04 22:11 +0000")).contains(Instant.parse("2004-01-06T22:11:00Z"));
        assertThat(ReceivedDates.parse("Tue, 6 Foo 2004 16:11:19 -0600")).isEmpty();
        assertThat(ReceivedDates.parse("yesterday")).isEmpty();
    }
}
