package jp.spamcenter.complaint.internal.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Finds where every rule could match in one pass over the text: each rule's required first words (see
 * {@link FastPattern}) are looked up by their first character, so the text is read once however many rules
 * there are, and each rule's regex is tried only at its candidate places.
 */
final class RuleScanner {

    /** A required word and the rule that needs it. */
    private record Word(String text, int rule, boolean lowerCase) {}

    private final List<FastPattern> rules;
    /** Required words by their first character (UTF-16 unit): an array, as this is read once per character. */
    @SuppressWarnings("unchecked")
    private final List<Word>[] byFirstChar = new List[Character.MAX_VALUE + 1];

    private final boolean[] unfiltered;

    RuleScanner(List<FastPattern> rules) {
        this.rules = List.copyOf(rules);
        this.unfiltered = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            FastPattern rule = rules.get(i);
            if (rule.prefixes() == null) {
                unfiltered[i] = true;
                continue;
            }
            for (String prefix : rule.prefixes()) {
                char first = prefix.charAt(0);
                if (byFirstChar[first] == null) {
                    byFirstChar[first] = new ArrayList<>();
                }
                byFirstChar[first].add(new Word(prefix, i, rule.caseInsensitive()));
            }
        }
    }

    /** The places each rule could start, in one pass over the text. */
    Candidates scan(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int[][] positions = new int[rules.size()][];
        int[] counts = new int[rules.size()];
        boolean sameLength = lower.length() == text.length();
        for (int at = 0; at < text.length(); at++) {
            List<Word> words = byFirstChar[text.charAt(at)];
            List<Word> lowerWords =
                    sameLength && lower.charAt(at) != text.charAt(at) ? byFirstChar[lower.charAt(at)] : null;
            add(words, text, lower, at, positions, counts);
            add(lowerWords, text, lower, at, positions, counts);
        }
        return new Candidates(text, lower, positions, counts);
    }

    private static void add(List<Word> words, String text, String lower, int at, int[][] positions, int[] counts) {
        if (words == null) {
            return;
        }
        for (Word word : words) {
            String haystack = word.lowerCase() ? lower : text;
            if (haystack.startsWith(word.text(), at)) {
                int rule = word.rule();
                int[] p = positions[rule];
                if (p == null) {
                    p = positions[rule] = new int[4];
                } else if (counts[rule] > 0 && p[counts[rule] - 1] == at) {
                    continue; // two words of one rule starting at the same place
                } else if (counts[rule] == p.length) {
                    p = positions[rule] = Arrays.copyOf(p, p.length * 2);
                }
                p[counts[rule]++] = at;
            }
        }
    }

    /** The candidate places found in one text. */
    final class Candidates {

        private final String text;
        private final String lower;
        private final int[][] positions;
        private final int[] counts;

        private Candidates(String text, String lower, int[][] positions, int[] counts) {
            this.text = text;
            this.lower = lower;
            this.positions = positions;
            this.counts = counts;
        }

        /** The first match of the rule, or null. */
        MatchResult first(int rule) {
            List<MatchResult> all = matches(rule, 1);
            return all.isEmpty() ? null : all.get(0);
        }

        /** Up to {@code limit} matches of the rule, in text order. */
        List<MatchResult> matches(int rule, int limit) {
            FastPattern pattern = rules.get(rule);
            var found = new ArrayList<MatchResult>();
            if (unfiltered[rule]) {
                Matcher m = pattern.pattern().matcher(text);
                while (found.size() < limit && m.find()) {
                    found.add(m.toMatchResult());
                }
                return found;
            }
            Matcher m =
                    pattern.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int end = -1;
            for (int i = 0; i < counts[rule] && found.size() < limit; i++) {
                int at = positions[rule][i];
                if (at < end) {
                    continue;
                }
                m.region(at, text.length());
                if (m.lookingAt()) {
                    found.add(m.toMatchResult());
                    end = m.end();
                }
            }
            return found;
        }

        String text() {
            return text;
        }

        String lower() {
            return lower;
        }
    }
}
