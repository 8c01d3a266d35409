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
    private static final Pattern HONORIFIC_NAME = Pattern.compile("\\S{1,20}?\\s?(?:様|さま|殿|さん)");
    private static final Pattern DEAR = Pattern.compile("(?i)\\b(dear|hello|hi)\\s+[^,\\n]{1,40},");
    private static final Pattern TOKEN = Pattern.compile("\\b(?=[a-z0-9_-]*\\d)(?=[a-z0-9_-]*[a-z])[a-z0-9_-]{8,}\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Punct}、。・「」『』【】（）！？：；～ー－]+");

    private CampaignFingerprint() {}

    static String of(String subject, String text) {
        String s = BodyIndicators.normalise((subject == null ? "" : subject) + "\n"
                        + (text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text))
                .toLowerCase(Locale.ROOT);
        s = URL.matcher(s).replaceAll("<url:$1>");
        s = EMAIL.matcher(s).replaceAll("<email:$1>");
        s = HONORIFIC_NAME.matcher(s).replaceAll("<name>");
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
