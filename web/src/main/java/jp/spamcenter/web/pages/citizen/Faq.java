package jp.spamcenter.web.pages.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.spamcenter.advice.api.Guidance;
import jp.spamcenter.web.pages.shared.Language;
import jp.spamcenter.web.pages.shared.Texts;

/**
 * The citizens' FAQ: the published guidance articles in the page's language, the placeholders read as words
 * ("your receipt number", "your carrier").
 */
@Named
@RequestScoped
public class Faq {

    /** The center's clock. */
    @Inject
    Clock clock;

    @Inject
    Guidance guidance;

    @Inject
    Language language;

    /** One question and its answer. */
    public record Entry(String title, String text) {}

    public List<Entry> getEntries() {
        Locale locale = language.getLocale();
        var generic =
                new Guidance.Values(Texts.text("faq.yourReceipt"), Texts.text("faq.yourCarrier"), LocalDate.now(clock));
        return guidance.published().stream()
                .map(a -> {
                    var filled = guidance.fill(a.id(), locale, generic);
                    return new Entry(filled.title(), filled.text());
                })
                .toList();
    }
}
