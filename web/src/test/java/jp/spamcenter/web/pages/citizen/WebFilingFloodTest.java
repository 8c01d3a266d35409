package jp.spamcenter.web.pages.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A flood's key: one per client and day, short enough for a case's group, never the address itself. */
class WebFilingFloodTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void oneKeyPerClientAndDayWithoutTheAddress() {
        String key = WebFilingFlood.key("198.51.100.7", DAY);
        assertThat(key).matches("flood-[0-9a-f]{10}-261124").hasSizeLessThanOrEqualTo(24);
        assertThat(WebFilingFlood.key("198.51.100.7", DAY)).isEqualTo(key);
        assertThat(WebFilingFlood.key("198.51.100.8", DAY)).isNotEqualTo(key);
        assertThat(WebFilingFlood.key("198.51.100.7", DAY.plusDays(1))).isNotEqualTo(key);
        assertThat(key).doesNotContain("198").doesNotContain("51.100");
    }
}
