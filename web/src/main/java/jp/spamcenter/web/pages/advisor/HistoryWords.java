package jp.spamcenter.web.pages.advisor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.CaseView;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.web.pages.shared.FigureLabels;
import jp.spamcenter.web.pages.shared.Language;
import jp.spamcenter.web.pages.shared.Texts;

/**
 * A history entry's detail in the page's language. The advice module records what changed with the codes of
 * its enums ({@code TRIAGED → WAITING_FOR_CITIZEN}, {@code + [CONTACT_EMAIL] (PHONE, …)}, {@code #3 …: DRAFT});
 * the history stays a plain record in the database and each reader sees the words of their own language,
 * entries written before this page existed included.
 */
@Named
@RequestScoped
public class HistoryWords {

    /** The families of codes each kind of entry mentions, as prefixes of the pages' message keys. */
    private static final Map<CaseEntryKind, List<String>> CODES = Map.of(
            CaseEntryKind.STATUS, List.of("case.status.", "case.closeReason."),
            CaseEntryKind.PRIORITY, List.of("case.priority."),
            CaseEntryKind.CONSENT, List.of("referral.item.", "referral.how."),
            CaseEntryKind.REFERRAL, List.of("referral.state.", "referral.outcome.", "referral.channel."));

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern LIST = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern DUE = Pattern.compile("^due (\\S+)$");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Language language;

    public String detail(CaseView.Entry entry) {
        return detail(entry.kind(), entry.detail(), language.getLocale());
    }

    /** Visible for tests: the detail of an entry of this kind, as a reader of this language sees it. */
    static String detail(CaseEntryKind kind, String detail, Locale locale) {
        if (detail == null || detail.isEmpty()) {
            return detail;
        }
        if (kind == CaseEntryKind.ESCALATED) {
            return due(detail, locale);
        }
        List<String> families = CODES.get(kind);
        if (families == null) {
            return detail;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        String separator = text(bundle, "history.listSeparator").orElse(", ");
        String lists = replace(LIST, detail, m -> m.group(1).replace(", ", separator));
        return replace(CODE, lists, m -> words(bundle, families, m.group()));
    }

    private static String due(String detail, Locale locale) {
        Matcher m = DUE.matcher(detail);
        if (!m.matches()) {
            return detail;
        }
        try {
            String at = MINUTES.format(OffsetDateTime.parse(m.group(1)).atZoneSameInstant(CenterTime.ZONE));
            return FigureLabels.text(locale, "history.due").replace("{0}", at);
        } catch (DateTimeParseException e) {
            return detail;
        }
    }

    private static String words(ResourceBundle bundle, List<String> families, String code) {
        for (String family : families) {
            var words = text(bundle, family + code);
            if (words.isPresent()) {
                return words.get();
            }
        }
        return code; // a name of the record (an advisor, a destination) rather than a code
    }

    private static java.util.Optional<String> text(ResourceBundle bundle, String key) {
        try {
            return java.util.Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
