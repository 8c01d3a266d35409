package jp.spamcenter.complaint.api;

import static org.assertj.core.api.Assertions.assertThat;

import jp.spamcenter.complaint.api.SmsSenders.Kind;
import org.junit.jupiter.api.Test;

class SmsSendersTest {

    private static Kind kind(String shown) {
        return SmsSenders.kind(SmsSenders.normalised(shown).orElseThrow());
    }

    @Test
    void sendersAreKeptAsThePhoneShowedThemAndCountedByKind() {
        assertThat(SmsSenders.normalised("090-1234-5678")).contains("09012345678");
        assertThat(SmsSenders.normalised("０８０ １２３４ ５６７８")).contains("08012345678");
        assertThat(SmsSenders.normalised("+81 70-1234-5678")).contains("+817012345678");
        assertThat(kind("090-1234-5678")).isEqualTo(Kind.MOBILE);
        assertThat(kind("+81 80 1234 5678")).isEqualTo(Kind.MOBILE);
        assertThat(kind("070-1234-5678")).isEqualTo(Kind.MOBILE);
        assertThat(kind("+63 912 345 6789")).isEqualTo(Kind.INTERNATIONAL);
        assertThat(kind("+1 (415) 555-0100")).isEqualTo(Kind.INTERNATIONAL);
        assertThat(kind("2255")).isEqualTo(Kind.SHORT_CODE);
        assertThat(kind("Amazon")).isEqualTo(Kind.ALPHANUMERIC);
        assertThat(kind("SAGAWA-EXP")).isEqualTo(Kind.ALPHANUMERIC);
        assertThat(kind("03-1234-5678")).isEqualTo(Kind.OTHER_NUMBER);
        assertThat(kind("050-1234-5678")).isEqualTo(Kind.OTHER_NUMBER);
    }

    @Test
    void whatNoPhoneShowsIsRefused() {
        assertThat(SmsSenders.normalised("<script>")).isEmpty();
        assertThat(SmsSenders.normalised("12")).isEmpty();
        assertThat(SmsSenders.normalised("a".repeat(40))).isEmpty();
        assertThat(SmsSenders.normalised("   ")).isEmpty();
        assertThat(SmsSenders.normalised("1234567890123456789")).isEmpty();
    }
}
