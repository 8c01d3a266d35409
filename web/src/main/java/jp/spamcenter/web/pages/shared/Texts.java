package jp.spamcenter.web.pages.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import jp.spamcenter.complaint.api.CenterTime;

/** The page texts of the current view's language, for messages that beans add. */
public final class Texts {

    public static final String BUNDLE = "jp.spamcenter.web.messages";

    private Texts() {}

    /** The current view's language. */
    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    /** A text in the given language (outside a view, or in tests). */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key; // a missing text shows its key rather than failing the page
        }
        if (arguments.length == 0) {
            return pattern;
        }
        var format = new MessageFormat(pattern, locale);
        for (var sub : format.getFormats()) {
            if (sub instanceof java.text.DateFormat date) {
                date.setTimeZone(java.util.TimeZone.getTimeZone(CenterTime.ZONE)); // times on the center's clock
            }
        }
        return format.format(arguments);
    }

    /** An error shown beside the component with this client id, or at the top when the id is null. */
    public static void error(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
