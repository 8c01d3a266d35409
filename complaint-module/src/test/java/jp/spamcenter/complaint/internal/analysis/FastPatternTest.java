package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FastPatternTest {

    @Test
    void literalChoicesAreTheRequiredStarts() {
        assertThat(FastPattern.literalPrefixes("(?:未払い|未納|滞納)", false)).containsExactly("未払い", "未納", "滞納");
        assertThat(FastPattern.literalPrefixes("(?:法的|差し?押さえ)", false)).containsExactly("法的", "差");
        assertThat(FastPattern.literalPrefixes("(?:株式会社|\\(株\\)|㈱)", false)).containsExactly("株式会社", "(株)", "㈱");
        assertThat(FastPattern.literalPrefixes("\\bunsubscribe\\b", true)).containsExactly("unsubscribe");
        assertThat(FastPattern.literalPrefixes("(?:北海道|(?:大阪|京都)府)", false)).isNull();
        assertThat(FastPattern.literalPrefixes("\\S{2}県", false)).isNull();
        assertThat(FastPattern.literalPrefixes("(?:オンライン)?カジノ", false)).isNull();
    }

    @Test
    void findsWhatThePlainPatternFinds() {
        var rule = new FastPattern(Pattern.compile("(?:未払い|未納)(?:料金|の)"));
        assertThat(rule.find("先月分の未納料金について", null).group()).isEqualTo("未納料金");
        assertThat(rule.find("何もありません", null)).isNull();
        var english = new FastPattern(Pattern.compile("(?i)\\bverify your account"));
        assertThat(english.find("Please VERIFY YOUR ACCOUNT now", null).group()).isEqualTo("VERIFY YOUR ACCOUNT");
    }
}
