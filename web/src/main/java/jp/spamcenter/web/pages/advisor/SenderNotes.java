package jp.spamcenter.web.pages.advisor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.spamcenter.web.pages.shared.Language;
import jp.spamcenter.web.pages.shared.Texts;

/**
 * What the analysis noticed about a message's sender, in the page's language. The analysis writes its notes in
 * English (they are part of the result the api gives, and stored with it); the advisor reads them in their own
 * language, results stored before this page existed included. A note of a form not known here is shown as it is.
 */
@Named
@RequestScoped
public class SenderNotes {

    private static final Pattern OTHER_DOMAIN =
            Pattern.compile("^From domain (\\S+) differs from the (\\S+) domain (\\S+)$");
    private static final Pattern DISPLAY_NAME =
            Pattern.compile("^the display name shows the address (\\S+) but the message is from (\\S+)$");

    @Inject
    Language language;

    public List<String> notes(List<String> notes) {
        return notes(notes, language.getLocale());
    }

    /** Visible for tests. */
    static List<String> notes(List<String> notes, Locale locale) {
        return notes == null
                ? List.of()
                : notes.stream().map(n -> note(n, locale)).toList();
    }

    private static String note(String note, Locale locale) {
        Matcher other = OTHER_DOMAIN.matcher(note);
        if (other.matches()) {
            return Texts.text(locale, "case.analysis.otherDomain", other.group(1), other.group(2), other.group(3));
        }
        Matcher name = DISPLAY_NAME.matcher(note);
        if (name.matches()) {
            return Texts.text(locale, "case.analysis.displayName", name.group(1), name.group(2));
        }
        return note;
    }
}
