package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** A category term without a literal start runs as a regex over the whole text: four times slower (2026-12-06). */
    @Test
    void everyBundledCategoryTermHasALiteralStart() {
        for (var category : RuleBook.bundled().categories()) {
            for (var term : category.terms()) {
                assertThat(term.pattern().prefixes())
                        .as(category.code() + ": " + term.pattern().pattern().pattern())
                        .isNotNull();
            }
        }
    }
}
