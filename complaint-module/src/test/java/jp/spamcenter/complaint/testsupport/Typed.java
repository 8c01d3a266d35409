package jp.spamcenter.complaint.testsupport;

/** What citizens type on a Japanese phone keyboard. */
public final class Typed {

    private Typed() {}

    /** The full-width forms of ASCII letters, digits and signs (an ideographic space for a space). */
    public static String fullWidth(String ascii) {
        var wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c == ' ' ? '\u3000' : (char) (c - 0x21 + 0xFF01)));
        return wide.toString();
    }
}
