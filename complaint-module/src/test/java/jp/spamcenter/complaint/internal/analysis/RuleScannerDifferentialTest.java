package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleScanner} is a hand-written Aho–Corasick pass kept for speed (the rule scan would otherwise run each
 * of the rule book's regexes over every text, several times the whole analysis's budget of 3,000 messages/s on
 * one thread): here it is held to {@link java.util.regex}, which it stands in for. For every rule of the shipped
 * rule book, on the labelled sample, the corpus and random texts made of the rules' own words, it finds exactly
 * the matches a {@link Matcher#find()} loop finds.
 */
class RuleScannerDifferentialTest {

    private static final List<FastPattern> RULES = rules();
    private static final RuleScanner SCANNER = new RuleScanner(RULES);

    @Test
    void theLabelledSampleAndTheCorpusMatchAsTheRegexesDo() throws Exception {
        var texts = new ArrayList<String>();
        String sample = new String(SampleMessages.resource("/analysis/labelled-sample.tsv"), StandardCharsets.UTF_8);
        for (String line : sample.split("\n")) {
            if (!line.startsWith("#")) {
                texts.add(line.replace("\\n", "\n"));
            }
        }
        for (String message : List.of("/corpus/ja/iso-2022-jp.1.eml", "/corpus/ja/iso-2022-jp.2.eml")) {
            texts.add(new String(SampleMessages.resource(message), StandardCharsets.ISO_8859_1));
        }
        texts.add(SampleMessages.datingWithDisplayDuties());
        assertThat(texts).hasSizeGreaterThan(40);
        texts.forEach(RuleScannerDifferentialTest::sameAsRegexes);
    }

    @Test
    void randomTextsOfTheRulesOwnWordsMatchAsTheRegexesDo() {
        var words = new ArrayList<String>();
        for (FastPattern rule : RULES) {
            if (rule.prefixes() != null) {
                words.addAll(rule.prefixes());
            }
        }
        words.addAll(List.of(" ", "\n", "。", "、", "https://", "0120-", "123", "〒", "様", "株式会社", "-", ":"));
        var random = new Random(20261205);
        for (int n = 0; n < 3_000; n++) {
            var text = new StringBuilder();
            for (int k = random.nextInt(25); k > 0; k--) {
                String word = words.get(random.nextInt(words.size()));
                // a word cut short, in another case, or whole: near misses are where a scanner goes wrong
                if (random.nextInt(4) == 0 && word.length() > 1) {
                    word = word.substring(0, 1 + random.nextInt(word.length() - 1));
                }
                if (random.nextInt(4) == 0) {
                    word = random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT);
                }
                text.append(word);
            }
            sameAsRegexes(text.toString());
        }
    }

    private static void sameAsRegexes(String text) {
        RuleScanner.Candidates found = SCANNER.scan(text);
        for (int rule = 0; rule < RULES.size(); rule++) {
            var expected = new ArrayList<String>();
            Matcher m = RULES.get(rule).pattern().matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> scanned = found.matches(rule, Integer.MAX_VALUE).stream()
                    .map(r -> r.start() + "-" + r.end())
                    .toList();
            assertThat(scanned)
                    .as("rule %s on %s", RULES.get(rule).pattern(), text)
                    .isEqualTo(expected);
        }
    }

    /** Every pattern of the shipped rule book: the display duties' and the categories' terms. */
    private static List<FastPattern> rules() {
        RuleBook book = RuleBook.bundled();
        var rules = new ArrayList<FastPattern>();
        book.duties().forEach(d -> rules.addAll(d.patterns()));
        book.categories().forEach(c -> c.terms().forEach(t -> rules.add(t.pattern())));
        return rules;
    }
}
