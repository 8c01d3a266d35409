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
    private static final Pattern URL = Pattern.compile("(?i)(?:https?|ftp)://([^/\\s?#]+)[^\\s]*");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)");
    private static final Pattern HONORIFIC = Pattern.compile("様|さま|殿|さん");
    private static final Pattern DEAR = Pattern.compile("(?i)\\b(dear|hello|hi)\\s+[^,\\n]{1,40},");
    private static final Pattern TOKEN = Pattern.compile("\\b(?=[a-z0-9_-]*\\d)(?=[a-z0-9_-]*[a-z])[a-z0-9_-]{8,}\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Punct}、。・「」『』【】（）！？：；～ー－]+");

    private CampaignFingerprint() {}

    /** "山田太郎様" and "山田 太郎 さん" become "<name>": up to 20 characters back to a space or line start. */
    private static String withoutNamesBeforeHonorifics(String s) {
        var m = HONORIFIC.matcher(s);
        var out = new StringBuilder(s.length());
        int copied = 0;
        while (m.find()) {
            int start = m.start();
            int limit = Math.max(copied, start - 20);
            while (start > limit && s.charAt(start - 1) == ' ') {
                start--;
            }
            while (start > limit && !Character.isWhitespace(s.charAt(start - 1))) {
                start--;
            }
            out.append(s, copied, start).append("<name>");
            copied = m.end();
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** @param subject and text, both {@linkplain BodyIndicators#normalise normalised} */
    static String of(String subject, String text) {
        String s = ((subject == null ? "" : subject) + "\n"
                        + (text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text))
                .toLowerCase(Locale.ROOT);
        s = URL.matcher(s).replaceAll("<url:$1>");
        s = EMAIL.matcher(s).replaceAll("<email:$1>");
        s = withoutNamesBeforeHonorifics(s);
        s = DEAR.matcher(s).replaceAll("$1 <name>,");
        s = TOKEN.matcher(s).replaceAll("<token>");
        s = DIGITS.matcher(s).replaceAll("#");
        s = SPACE.matcher(s).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
