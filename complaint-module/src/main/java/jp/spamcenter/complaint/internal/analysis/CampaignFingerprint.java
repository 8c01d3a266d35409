package jp.spamcenter.complaint.internal.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One key for every copy of the same spam: the subject and text with what differs per recipient taken out
 * (names before 様/さん and after "Dear", addresses, numbers, tracking tokens, URL paths and queries), then
 * hashed. Two citizens reporting the same mailing get the same key.
 */
final class CampaignFingerprint {

    private static final int TEXT_LIMIT = 4000;
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)");
    private static final Pattern DEAR = Pattern.compile("(?i)\\b(dear|hello|hi)\\s+[^,\\n]{1,40},");
    private static final String SEPARATORS = "!\"#$%&'()*+,./:;=?@[\\]^`{|}~、。・「」『』【】（）！？：；～ー－";

    private CampaignFingerprint() {}

    /**
     * One pass: ASCII words of 8 or more characters mixing letters and digits (tracking ids) become
     * {@code <token>}, other digit runs {@code #}, runs of spaces and punctuation one space.
     */
    private static String tokensAndSpacing(String s) {
        var out = new StringBuilder(s.length());
        int i = 0;
        boolean space = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isAsciiWord(c)) {
                int end = i;
                boolean digit = false;
                boolean letter = false;
                while (end < s.length() && isAsciiWord(s.charAt(end))) {
                    char w = s.charAt(end);
                    digit |= w >= '0' && w <= '9';
                    letter |= w >= 'a' && w <= 'z';
                    end++;
                }
                if (end - i >= 8 && digit && letter) {
                    out.append("<token>");
                } else {
                    for (int k = i; k < end; k++) {
                        char w = s.charAt(k);
                        if (w >= '0' && w <= '9') {
                            if (k == i || !(s.charAt(k - 1) >= '0' && s.charAt(k - 1) <= '9')) {
                                out.append('#');
                            }
                        } else {
                            out.append(w);
                        }
                    }
                }
                space = false;
                i = end;
            } else if (Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0) {
                if (!space && out.length() > 0) {
                    out.append(' ');
                }
                space = true;
                i++;
            } else {
                out.append(c);
                space = false;
                i++;
            }
        }
        return out.toString().strip();
    }

    private static boolean isAsciiWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** Each URL replaced by its host ("<url:example.test>"): paths and queries carry per-recipient ids. */
    private static String urlsToHosts(String s) {
        var out = new StringBuilder(s.length());
        int copied = 0;
        for (int sep = s.indexOf("://"); sep >= 0; sep = s.indexOf("://", sep + 3)) {
            int start = sep;
            while (start > copied && start > sep - 6 && Character.isLetter(s.charAt(start - 1))) {
                start--;
            }
            if (start == sep) {
                continue;
            }
            int end = sep + 3;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            out.append(s, copied, start)
                    .append("<url:")
                    .append(BodyIndicators.host(s.substring(start, end)))
                    .append('>');
            copied = end;
            sep = end - 3;
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** "山田太郎様" and "山田 太郎 さん" become "<name>": up to 20 characters back to a space or line start. */
    private static String withoutNamesBeforeHonorifics(String s) {
        var out = new StringBuilder(s.length());
        int copied = 0;
        for (int at = 0; at < s.length(); at++) {
            char c = s.charAt(at);
            int length = c == '様' || c == '殿'
                    ? 1
                    : c == 'さ' && at + 1 < s.length() && (s.charAt(at + 1) == 'ま' || s.charAt(at + 1) == 'ん') ? 2 : 0;
            if (length == 0) {
                continue;
            }
            int start = at;
            int limit = Math.max(copied, at - 20);
            while (start > limit && s.charAt(start - 1) == ' ') {
                start--;
            }
            while (start > limit && !Character.isWhitespace(s.charAt(start - 1))) {
                start--;
            }
            out.append(s, copied, start).append("<name>");
            copied = at + length;
            at = copied - 1;
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** @param subject and text, both {@linkplain BodyIndicators#normalise normalised} */
    static String of(String subject, String text) {
        String s = ((subject == null ? "" : subject) + "\n"
                        + (text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text))
                .toLowerCase(Locale.ROOT);
        if (s.contains("://")) {
            s = urlsToHosts(s);
        }
        if (s.indexOf('@') >= 0) {
            s = EMAIL.matcher(s).replaceAll("<email:$1>");
        }
        s = withoutNamesBeforeHonorifics(s);
        if (s.contains("dear") || s.contains("hello") || s.contains("hi ")) {
            s = DEAR.matcher(s).replaceAll("$1 <name>,");
        }
        s = tokensAndSpacing(s);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
