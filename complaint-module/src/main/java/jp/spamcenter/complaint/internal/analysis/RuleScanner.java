package jp.spamcenter.complaint.internal.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Finds where every rule could match in one pass over the text: the rules' required first words (see {@link
 * FastPattern}) are compiled into one Aho–Corasick automaton, so the text is read once, one transition per
 * character, however many rules and words there are; each rule's regex is then tried only at its candidate
 * places. Words are matched in lower case; a word from a case-sensitive rule is confirmed against the text.
 */
final class RuleScanner {

    /** A required word and the rule that needs it. */
    private record Word(String text, int rule, boolean caseSensitive) {}

    private static final int ROOT = 0;

    private final List<FastPattern> rules;
    private final boolean[] unfiltered;
    /**
     * The root's transitions by character (upper-case characters lead where their lower case does): read for
     * almost every character of the text, so kept as small as a state number allows.
     */
    private final char[] rootNext = new char[Character.MAX_VALUE + 1];
    /**
     * The characters that some state other than the root has an edge for, numbered from 1; 0 for every other
     * character, which from any state leads where it leads from the root.
     */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    /**
     * {@link #classOf} in the high half and {@link #rootNext} in the low half, by character: what the scan
     * reads for every character, in one table, so that a character costs one memory access rather than two.
     */
    private final int[] byChar = new int[Character.MAX_VALUE + 1];
    /** The number of character classes (including 0): the width of a row of {@link #delta}. */
    private final int width;
    /** The automaton's transitions with the failure links followed in advance: state × class to state. */
    private final int[] delta;
    /** The words that end in each state (also through its failure links), or null. */
    private final Word[][] output;

    RuleScanner(List<FastPattern> rules) {
        this.rules = List.copyOf(rules);
        this.unfiltered = new boolean[rules.size()];
        var words = new ArrayList<Word>();
        for (int i = 0; i < rules.size(); i++) {
            FastPattern rule = rules.get(i);
            if (rule.prefixes() == null) {
                unfiltered[i] = true;
            } else {
                for (String prefix : rule.prefixes()) {
                    // a word without upper-case letters matches as it is found in lower case
                    boolean hasUpperCase = !prefix.equals(prefix.toLowerCase(Locale.ROOT));
                    words.add(new Word(prefix, i, !rule.caseInsensitive() && hasUpperCase));
                }
            }
        }
        // the trie of the words in lower case
        var edges = new HashMap<Long, Integer>();
        var wordsAt = new ArrayList<List<Word>>();
        wordsAt.add(new ArrayList<>());
        var classChars = new StringBuilder(" "); // class 0 stands for no character
        for (Word word : words) {
            int state = ROOT;
            for (int k = 0; k < word.text().length(); k++) {
                char c = Chars.lower(word.text().charAt(k));
                if (state != ROOT && classOf[c] == 0) {
                    classOf[c] = (char) classChars.length();
                    classChars.append(c);
                }
                Integer to = edges.get(key(state, c));
                if (to == null) {
                    to = wordsAt.size();
                    wordsAt.add(new ArrayList<>());
                    edges.put(key(state, c), to);
                }
                if (state == ROOT) {
                    rootNext[c] = (char) (int) to;
                }
                state = to;
            }
            wordsAt.get(state).add(word);
        }
        if (wordsAt.size() > Character.MAX_VALUE || classChars.length() > Character.MAX_VALUE) {
            throw new IllegalArgumentException("the rule book's words are too many for one scanner");
        }
        this.width = classChars.length();
        this.delta = new int[wordsAt.size() * width];
        int[] fail = new int[wordsAt.size()];
        // breadth first, so that a state's failure target is complete before the state is
        var queue = new ArrayDeque<Integer>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (rootNext[c] != ROOT) {
                queue.add((int) rootNext[c]);
            }
        }
        for (int k = 1; k < width; k++) {
            delta[k] = rootNext[classChars.charAt(k)];
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            wordsAt.get(state).addAll(wordsAt.get(fail[state]));
            for (int k = 1; k < width; k++) {
                Integer child = edges.get(key(state, classChars.charAt(k)));
                int viaFailure = delta[fail[state] * width + k];
                if (child == null) {
                    delta[state * width + k] = viaFailure;
                } else {
                    delta[state * width + k] = child;
                    fail[child] = viaFailure;
                    queue.add(child);
                }
            }
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char lower = Chars.lower((char) c);
            if (lower != c) {
                rootNext[c] = rootNext[lower];
                classOf[c] = classOf[lower];
            }
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            byChar[c] = (classOf[c] << 16) | rootNext[c];
        }
        this.output = new Word[wordsAt.size()][];
        for (int i = 0; i < wordsAt.size(); i++) {
            output[i] = wordsAt.get(i).isEmpty() ? null : wordsAt.get(i).toArray(Word[]::new);
        }
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    /** The places each rule could start, in one pass over the text. */
    Candidates scan(String text) {
        int[][] positions = new int[rules.size()][];
        int[] counts = new int[rules.size()];
        int state = ROOT;
        char[] chars = text.toCharArray(); // read by index without a string's checks on every character
        for (int at = 0; at < chars.length; at++) {
            char c = chars[at];
            int entry = byChar[c];
            int k = entry >>> 16;
            state = state == ROOT || k == 0 ? entry & 0xFFFF : delta[state * width + k];
            Word[] ending = output[state];
            if (ending != null) {
                for (Word word : ending) {
                    int start = at - word.text().length() + 1;
                    if (!word.caseSensitive() || text.startsWith(word.text(), start)) {
                        add(positions, counts, word.rule(), start);
                    }
                }
            }
        }
        // words of different lengths are found at their ends: put each rule's starts in order
        for (int rule = 0; rule < positions.length; rule++) {
            int[] p = positions[rule];
            if (p != null && counts[rule] > 1 && !ascending(p, counts[rule])) {
                Arrays.sort(p, 0, counts[rule]);
            }
            if (p != null && counts[rule] > 1) {
                int distinct = 1;
                for (int i = 1; i < counts[rule]; i++) {
                    if (p[i] != p[distinct - 1]) {
                        p[distinct++] = p[i];
                    }
                }
                counts[rule] = distinct;
            }
        }
        return new Candidates(text, positions, counts);
    }

    private static boolean ascending(int[] p, int count) {
        for (int i = 1; i < count; i++) {
            if (p[i] < p[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static void add(int[][] positions, int[] counts, int rule, int at) {
        int[] p = positions[rule];
        if (p == null) {
            p = positions[rule] = new int[4];
        } else if (counts[rule] == p.length) {
            p = positions[rule] = Arrays.copyOf(p, p.length * 2);
        }
        p[counts[rule]++] = at;
    }

    /** The candidate places found in one text. */
    final class Candidates {

        private final String text;
        private final int[][] positions;
        private final int[] counts;

        private Candidates(String text, int[][] positions, int[] counts) {
            this.text = text;
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
            if (!unfiltered[rule] && counts[rule] == 0) {
                return List.of(); // none of its words occurs
            }
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
    }
}
