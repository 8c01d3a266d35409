package jp.spamcenter.complaint.api;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The number a citizen is given for a report, e.g. {@code K7QM-3XWD-9R2F}: random (not sequential, so it
 * tells nothing about volumes and cannot be guessed from a neighbour), read aloud easily over the phone (no
 * 0/O or 1/I), with a check character that catches most mistyped characters and every swap of two
 * neighbours.
 */
public record ReceiptNumber(String value) implements java.io.Serializable {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int RANDOM_CHARS = 11;
    private static final RandomGenerator RANDOM = new SecureRandom();

    public ReceiptNumber {
        if (value == null || !isWellFormed(value)) {
            throw new IllegalArgumentException("not a receipt number: " + value);
        }
    }

    /** A new random receipt number. */
    public static ReceiptNumber random() {
        return random(RANDOM);
    }

    static ReceiptNumber random(RandomGenerator random) {
        var chars = new StringBuilder(RANDOM_CHARS + 1);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            chars.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        chars.append(checkCharacter(chars));
        return new ReceiptNumber(grouped(chars));
    }

    /**
     * Reads what a citizen typed: case, spaces, hyphens and full-width forms (what Japanese phone keyboards often
     * type: {@code Ｍ３ＤＪ－…}, a long-vowel mark for a hyphen) do not matter; empty when it is no receipt number.
     */
    public static Optional<ReceiptNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String chars = typedCharacters(typed);
        if (chars.length() != RANDOM_CHARS + 1) {
            return Optional.empty();
        }
        String candidate = grouped(chars);
        return isWellFormed(candidate) ? Optional.of(new ReceiptNumber(candidate)) : Optional.empty();
    }

    /** Dashes a phone keyboard may type for a hyphen, after NFKC: hyphens, dashes, minus, long-vowel marks. */
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF70";

    /**
     * What a citizen typed as the characters of a receipt number or secret: full-width forms made half-width
     * (NFKC), upper case, and no spaces or dashes.
     */
    public static String typedCharacters(String typed) {
        var chars = new StringBuilder();
        for (char c : Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toCharArray()) {
            if (DASHES.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                continue;
            }
            chars.append(c);
        }
        return chars.toString();
    }

    private static boolean isWellFormed(String value) {
        if (value.length() != RANDOM_CHARS + 1 + 2 || value.charAt(4) != '-' || value.charAt(9) != '-') {
            return false;
        }
        String chars = value.replace("-", "");
        for (int i = 0; i < chars.length(); i++) {
            if (ALPHABET.indexOf(chars.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(chars.substring(0, RANDOM_CHARS)) == chars.charAt(RANDOM_CHARS);
    }

    /**
     * Chosen so that the weighted sum of all twelve characters is 0 modulo 32, the data characters weighing
     * 2..12 and the check character 1: neighbours' weights differ by 1, or by 11 for the last pair, both odd,
     * so swapping two different neighbours always changes the sum.
     */
    private static char checkCharacter(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < RANDOM_CHARS; i++) {
            sum += (i + 2) * ALPHABET.indexOf(data.charAt(i));
        }
        return ALPHABET.charAt(Math.floorMod(-sum, ALPHABET.length()));
    }

    private static String grouped(CharSequence chars) {
        return chars.subSequence(0, 4) + "-" + chars.subSequence(4, 8) + "-" + chars.subSequence(8, 12);
    }

    @Override
    public String toString() {
        return value;
    }
}
