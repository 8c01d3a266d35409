package jp.spamcenter.advice.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.spamcenter.advice.api.Referrals.ConsentHow;
import jp.spamcenter.advice.api.Referrals.ReferralReason;
import org.junit.jupiter.api.Test;

/** The letters' bundles: the same texts in both languages, one for every reason and way of consent. */
class ReferralLettersTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "jp.spamcenter.advice.internal.application.letters",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void bothLanguagesHaveEveryText() {
        var english = bundle(Locale.ENGLISH);
        var japanese = bundle(Locale.JAPANESE);

        assertThat(japanese.getLocale()).isEqualTo(Locale.JAPANESE);
        assertThat(japanese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        for (var reason : ReferralReason.values()) {
            assertThat(english.getString("reason." + reason)).isNotBlank();
            assertThat(japanese.getString("reason." + reason)).isNotBlank();
        }
        for (var how : ConsentHow.values()) {
            assertThat(japanese.getString("consent.how." + how)).isNotBlank();
        }
        assertThat(Arrays.asList("letter.intro", "data.none", "category.OTHER"))
                .allSatisfy(key -> assertThat(japanese.getString(key)).isNotEqualTo(english.getString(key)));
    }

    @Test
    void theJapaneseLetterReadsAsBefore() {
        var japanese = bundle(Locale.JAPANESE);

        assertThat(new java.text.MessageFormat(japanese.getString("letter.addressee"), Locale.JAPANESE)
                        .format(new Object[] {"試験市消費生活センター"}))
                .isEqualTo("試験市消費生活センター 御中");
        assertThat(new java.text.MessageFormat(japanese.getString("evidence.heading"), Locale.JAPANESE)
                        .format(new Object[] {"1", "2026-12-01 10:00", "2026-12-02 11:00"}))
                .isEqualTo("【証拠】\n情報提供 1 件（最初 2026-12-01 10:00、最後 2026-12-02 11:00）");
    }
}
