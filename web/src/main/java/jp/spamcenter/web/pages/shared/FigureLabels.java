package jp.spamcenter.web.pages.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import jp.spamcenter.complaint.api.Prefectures;
import jp.spamcenter.reporting.api.Statistics.Dimension;

/** What a figure's value is called in the page's language: a category, a country, a channel, a duty... */
@Named
@RequestScoped
public class FigureLabels {

    @Inject
    Language language;

    public String label(Dimension dimension, String value) {
        return label(dimension, value, language.getLocale());
    }

    /** For code outside a page (exports, the monthly report). */
    public static String label(Dimension dimension, String value, Locale locale) {
        if (value == null || value.isEmpty()) {
            return dimension == Dimension.TOTAL ? "" : text(locale, "figure.unknown");
        }
        return switch (dimension) {
            case CATEGORY -> text(locale, "category." + value);
            case CHANNEL -> text(locale, "channel." + value);
            case INTAKE -> text(locale, "intake." + value);
            case DUTY -> text(locale, "duty." + value);
            case COUNTRY -> {
                String name = new Locale("", value).getDisplayCountry(locale);
                yield name.isBlank() || name.equals(value) ? value : name;
            }
            case PREFECTURE ->
                Prefectures.byCode(value)
                        .map(p -> Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? p.nameEn() : p.nameJa())
                        .orElse(value);
            case BRAND ->
                jp.spamcenter.complaint.api.BrandNames.of(value)
                        .map(b -> b.name(Locale.ENGLISH.getLanguage().equals(locale.getLanguage())))
                        .orElse(value);
            case SMS_SENDER -> text(locale, "smsSender." + value);
            case CAMPAIGN, TOTAL -> value;
        };
    }

    /** A text of the pages' bundle, for code outside a page; the key's last part when there is none. */
    public static String text(Locale locale, String key) {
        try {
            return java.util.ResourceBundle.getBundle(Texts.BUNDLE, locale).getString(key);
        } catch (java.util.MissingResourceException e) {
            return key.substring(key.indexOf('.') + 1);
        }
    }
}
