package jp.spamcenter.web.pages.shared;

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

    /**
     * The link to this page in the other language: the page's own query (which case, which queue) kept, its
     * {@code lang} replaced.
     */
    public String getSwitchHref() {
        String query = request.getQueryString();
        var kept = new StringBuilder("?");
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    kept.append(part).append('&');
                }
            }
        }
        return kept.append("lang=").append(getOtherTag()).toString();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(getLocale());
    }
}
