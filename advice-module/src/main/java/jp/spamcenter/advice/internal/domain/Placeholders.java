package jp.spamcenter.advice.internal.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.spamcenter.advice.api.Guidance;

/** The {@code {{name}}} placeholders of guidance texts: which an article uses, and filling them for a reply. */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");
    private static final Pattern RECEIPT = Pattern.compile("\\{\\{\\s*receipt\\s*}}");
    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Placeholders() {}

    /** The placeholders a text uses that the articles do not know. */
    public static List<String> unknown(String text) {
        var unknown = new LinkedHashSet<String>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!Guidance.PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return List.copyOf(unknown);
    }

    /**
     * A reply as one citizen reads it: {@code {{receipt}}} becomes that citizen's own receipt number. A case that
     * answers several reports (merged, or one campaign) sends one reply to all, each with their own number.
     */
    public static String forCitizen(String reply, String receiptNumber) {
        return RECEIPT.matcher(reply).replaceAll(Matcher.quoteReplacement(receiptNumber));
    }

    /** The text with each placeholder that has a value replaced; those without stay, and are listed. */
    public static Guidance.Filled fill(String title, String text, Guidance.Values values, Locale language) {
        boolean english = Locale.ENGLISH.getLanguage().equals(language.getLanguage());
        var unfilled = new ArrayList<String>();
        Matcher m = PLACEHOLDER.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "receipt" -> values.receipt();
                case "carrier" -> values.carrier();
                case "date" ->
                    values.date() == null ? null : values.date().format(english ? ENGLISH_DATE : JAPANESE_DATE);
                default -> null;
            };
            if (value == null || value.isBlank()) {
                if (!unfilled.contains(name)) {
                    unfilled.add(name);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
        }
        m.appendTail(out);
        return new Guidance.Filled(title, out.toString(), List.copyOf(unfilled));
    }
}
