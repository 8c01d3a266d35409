package jp.spamcenter.complaint.api;

import java.util.Locale;

/** One of Japan's 47 prefectures, by its JIS X 0401 code ("01" Hokkaido to "47" Okinawa). */
public record Prefecture(String code, String nameJa, String nameEn, String regionJa, String regionEn) {

    /** The prefecture's name in the given language: Japanese unless English is asked for. */
    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameJa;
    }

    /** The region's name in the given language: Japanese unless English is asked for. */
    public String region(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? regionEn : regionJa;
    }
}
