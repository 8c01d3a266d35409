package jp.spamcenter.complaint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PrefecturesTest {

    @Test
    void all47InJisOrder() {
        var all = Prefectures.all();
        assertThat(all).hasSize(47);
        assertThat(all.get(0).code()).isEqualTo("01");
        assertThat(all.get(46).code()).isEqualTo("47");
        assertThat(all).extracting(Prefecture::code).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void namesInBothLanguages() {
        var tokyo = Prefectures.byCode("13").orElseThrow();
        assertThat(tokyo.name(Locale.JAPANESE)).isEqualTo("東京都");
        assertThat(tokyo.name(Locale.ENGLISH)).isEqualTo("Tokyo");
        assertThat(tokyo.region(Locale.ENGLISH)).isEqualTo("Kanto");
    }

    @Test
    void unknownCodes() {
        assertThat(Prefectures.byCode("48")).isEmpty();
        assertThat(Prefectures.byCode(null)).isEmpty();
    }
}
