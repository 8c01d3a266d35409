package jp.spamcenter.complaint.internal.analysis;

/**
 * Character work done over whole message texts, many times a second: table look-ups and plain loops where a
 * regular expression or {@link String#toLowerCase} would scan and copy the text again.
 */
final class Chars {

    /** Every UTF-16 unit in lower case ({@link Character#toLowerCase(char)}), looked up rather than computed. */
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LOWER[c] = Character.toLowerCase((char) c);
        }
    }

    private Chars() {}

    static char lower(char c) {
        return LOWER[c];
    }

    /** Runs of white space as one space, the ends stripped: what {@code replaceAll("\\s+", " ").strip()} gives. */
    static String collapseWhitespace(String s) {
        boolean clean = true;
        for (int i = 0; i < s.length() && clean; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x80) {
                continue; // printable ASCII: the usual character, no white space
            }
            clean = !Character.isWhitespace(c) || (c == ' ' && i > 0 && s.charAt(i - 1) != ' ' && i < s.length() - 1);
        }
        if (clean) {
            return s;
        }
        var out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The UTF-16 units that {@code member} accepts, as a table for {@link #in}: 8 KB, one bit each. */
    static long[] setOf(java.util.function.IntPredicate member) {
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (member.test(c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /** Whether {@code c} is in a {@linkplain #setOf set}. */
    static boolean in(long[] set, char c) {
        return (set[c >>> 6] & (1L << c)) != 0;
    }

    /** English letters, the rarest in running text first. */
    private static final String RARE_FIRST = "zqxjkvbpygfwmucldrhsnioate";

    /**
     * Where {@code word} (in lower-case ASCII) occurs in {@code text} in any case, from {@code from}; or -1. Jumps
     * with {@link String#indexOf(int, int)} between the places of the word's least common character.
     */
    static int indexOfIgnoreCase(String text, String word, int from) {
        int k = anchor(word);
        char lower = word.charAt(k);
        char upper = Character.toUpperCase(lower);
        int start = Math.max(0, from) + k;
        int nextLower = text.indexOf(lower, start);
        int nextUpper = upper == lower ? -1 : text.indexOf(upper, start);
        while (nextLower >= 0 || nextUpper >= 0) {
            int at;
            if (nextUpper < 0 || (nextLower >= 0 && nextLower < nextUpper)) {
                at = nextLower;
                nextLower = text.indexOf(lower, at + 1);
            } else {
                at = nextUpper;
                nextUpper = text.indexOf(upper, at + 1);
            }
            if (text.regionMatches(true, at - k, word, 0, word.length())) {
                return at - k;
            }
        }
        return -1;
    }

    /** Each lower-case ASCII letter's place in {@link #RARE_FIRST}; -1 for every other character. */
    private static final int[] RARITY = new int[128];

    static {
        java.util.Arrays.fill(RARITY, -1);
        for (int i = 0; i < RARE_FIRST.length(); i++) {
            RARITY[RARE_FIRST.charAt(i)] = i;
        }
    }

    /** The word's character to look for: its first that is no letter, else its rarest letter. */
    private static int anchor(String word) {
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int rank = c < 128 ? RARITY[c] : -1;
            if (rank < 0) {
                return i;
            }
            if (rank < bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }
}
