package jp.spamcenter.complaint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The center's clock: Japan's zone, microseconds as the database keeps them, and every reading works. */
class CenterTimeTest {

    @Test
    void readsInstantsToTheMicrosecondAndMillisecondsAsTheSystem() {
        var clock = CenterTime.system();

        var instant = clock.instant();
        long millis = clock.millis();

        assertThat(instant).isEqualTo(instant.truncatedTo(ChronoUnit.MICROS));
        assertThat(millis).isBetween(instant.toEpochMilli(), instant.toEpochMilli() + 10_000);
        assertThat(clock.getZone()).isEqualTo(CenterTime.ZONE);
        assertThat(CenterTime.ZONE.getId()).isEqualTo("Asia/Tokyo");
    }
}
