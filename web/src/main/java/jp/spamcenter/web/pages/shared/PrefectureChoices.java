package jp.spamcenter.web.pages.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.spamcenter.complaint.api.Prefectures;

/** The 47 prefectures named in the page's language, for selection lists and tables. */
@Named
@RequestScoped
public class PrefectureChoices {

    /** A prefecture as a page shows it. */
    public record Choice(String code, String name) {}

    @Inject
    Language language;

    public List<Choice> getAll() {
        return Prefectures.all().stream()
                .map(p -> new Choice(p.code(), p.name(language.getLocale())))
                .toList();
    }

    public String name(String code) {
        if (code == null) {
            return "—";
        }
        return Prefectures.byCode(code).map(p -> p.name(language.getLocale())).orElse(code);
    }
}
