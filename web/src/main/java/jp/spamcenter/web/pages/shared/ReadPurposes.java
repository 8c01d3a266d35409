package jp.spamcenter.web.pages.shared;

import java.util.List;
import java.util.Locale;

/**
 * Why an advisor reads the evidence of another advisor's case: the choices the case page offers, and the words
 * the access log keeps (English, whatever the page's language, so that the log reads the same for everyone).
 */
public final class ReadPurposes {

    /** The choices, as keys of {@code case.purpose.*}. */
    public static final List<String> KEYS = List.of("COVER", "SUPERVISION", "COMPARE", "CITIZEN_CALL");

    private ReadPurposes() {}

    /** The words logged for a chosen purpose; null for no purpose or one that is not offered. */
    public static String logged(String key) {
        return key != null && KEYS.contains(key) ? FigureLabels.text(Locale.ENGLISH, "case.purpose." + key) : null;
    }
}
