package jp.spamcenter.complaint.internal.abuse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the recipient out of an SMS text before it goes to a carrier: smishing greets its victim by name
 * ({@code 山田太郎様、お荷物が…}) and some carry the victim's own address. The sender's numbers, links and wording
 * stay: they are the evidence. Names are told by the honorific after them; the generic ones ({@code お客様},
 * {@code 会員様}, {@code ご契約者様}) are no one's name and stay.
 */
public final class SmsRedaction {

    /** What a recipient's name becomes. */
    public static final String NAME = "〔受信者名〕";

    private static final String LETTERS = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々A-Za-z]";

    /** A name, family and given apart or together, then an honorific. */
    private static final Pattern NAMED =
            Pattern.compile("((?:" + LETTERS + "{1,12}[ 　])?" + LETTERS + "{2,12}?)([ 　]?)(様|さま|さん|殿|ちゃん|くん)");

    /** Who a greeting may name without naming anyone. */
    private static final Set<String> GENERIC = Set.of(
            "お客", "客", "お得意", "会員", "ご会員", "利用者", "ご利用者", "契約者", "ご契約者", "加入者", "ご加入者", "皆", "皆々", "ユーザー", "カード会員",
            "お届け先", "ご依頼主", "依頼主", "受取人", "お受取人", "名義人", "ご本人", "本人", "お母", "お父", "お子", "お兄", "お姉", "みな", "みなみな");

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");

    private SmsRedaction() {}

    /** The text without the names it greets and without e-mail addresses (an SMS's victim's own, if any). */
    public static String redact(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = NAMED.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            boolean generic = GENERIC.stream().anyMatch(g -> name.equals(g) || name.endsWith(g));
            m.appendReplacement(out, Matcher.quoteReplacement(generic ? m.group() : NAME + m.group(2) + m.group(3)));
        }
        m.appendTail(out);
        return ADDRESS.matcher(out).replaceAll(RecipientRedaction.REDACTED);
    }
}
