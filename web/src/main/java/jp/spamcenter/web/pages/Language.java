package jp.spamcenter.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import jp.spamcenter.web.http.LanguageSwitch;

/** The language of this request's page, as {@link LanguageSwitch} found it. */
@Named
@RequestScoped
public class Language {

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return request.getAttribute(LanguageSwitch.REQUEST_ATTRIBUTE) instanceof Locale locale
                ? locale
                : LanguageSwitch.DEFAULT;
    }

    /** For {@code <html lang>}. */
    public String getTag() {
        return getLocale().getLanguage();
    }

    /** The language a visitor can switch to from this page. */
    public String getOtherTag() {
        return Locale.ENGLISH.equals(getLocale()) ? "ja" : "en";
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(getLocale());
    }
}
