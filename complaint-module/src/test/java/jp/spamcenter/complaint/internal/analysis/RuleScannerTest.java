package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleScannerTest {

    private static FastPattern rule(String regex) {
        return new FastPattern(Pattern.compile(regex));
    }

    @Test
    void findsEveryRuleInOnePassWhateverTheCaseOfCaseInsensitiveRules() {
        var scanner = new RuleScanner(
                List.of(rule("(?i)(?:unsubscribe|opt[- ]out)"), rule("(?:配信停止|受信拒否)"), rule("(?:Amazon|PayPay)")));
        String text = "To OPT-OUT of these mails: 配信停止はこちら. UNSUBSCRIBE. amazon and Amazon";
        var found = scanner.scan(text);

        assertThat(found.first(0).group()).isEqualTo("OPT-OUT");
        assertThat(found.matches(0, 5)).extracting(MatchResult::group).containsExactly("OPT-OUT", "UNSUBSCRIBE");
        assertThat(found.first(1).group()).isEqualTo("配信停止");
        // a case-sensitive rule: the lower-case word is found by the automaton but not taken
        assertThat(found.matches(2, 5)).extracting(MatchResult::start).containsExactly(text.lastIndexOf("Amazon"));
    }

    @Test
    void wordsThatOverlapOrNestAreAllFound() {
        var scanner = new RuleScanner(List.of(rule("(?:she|he|hers)"), rule("(?:his|is)")));
        var found = scanner.scan("ushers this");

        assertThat(found.matches(0, 5)).extracting(MatchResult::group).containsExactly("she");
        assertThat(found.matches(1, 5)).extracting(MatchResult::group).containsExactly("his");
    }

    @Test
    void aMatchAfterManyFailedCandidatesIsFound() {
        var scanner = new RuleScanner(List.of(rule("(?:abc)def")));
        String text = "abcx ".repeat(500) + "abcdef";

        MatchResult match = scanner.scan(text).first(0);

        assertThat(match).isNotNull();
        assertThat(match.start()).isEqualTo(2500);
    }

    @Test
    void aRuleWithoutLiteralWordsRunsItsRegex() {
        var scanner = new RuleScanner(List.of(rule("\\d{3}-\\d{4}")));
        assertThat(scanner.scan("〒100-0001 東京都").first(0).group()).isEqualTo("100-0001");
    }
}
