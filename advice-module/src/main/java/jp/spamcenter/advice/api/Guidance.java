package jp.spamcenter.advice.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The knowledge base of advice: articles by category and situation in Japanese and English, every edit a new
 * version. Advisors insert the published version into replies with the placeholders filled in
 * ({@code {{receipt}}}, {@code {{carrier}}}, {@code {{date}}}); citizens read the published articles as the FAQ.
 */
public interface Guidance {

    /** Every article with its latest version, for the editors; a category narrows it (and keeps the general). */
    List<Article> articles(String category);

    /** The published articles, for advisors inserting them and for the citizens' FAQ. */
    List<Article> published();

    Optional<Article> article(long id);

    /** Every version of an article, newest first. */
    List<Version> versions(long articleId);

    /**
     * Saves an edit as a new version (a new article when {@code articleId} is null); it is not published yet.
     *
     * @throws GuidanceRejected when a title or text is missing, too long, or has an unknown placeholder
     */
    Article save(Long articleId, Draft draft, String author);

    /** Makes a version the one advisors insert and citizens read. */
    Article publish(long articleId, int version, String by);

    /**
     * The published text of an article in a language with its placeholders filled in for a case.
     *
     * @throws GuidanceRejected when the article has no published version
     */
    Filled fill(long articleId, Locale language, Values values);

    /**
     * The published text of an article filled in for a case's reply. A case that answers one report gets its
     * receipt number; one that answers several keeps {@code {{receipt}}}, so that each citizen reads their own
     * number, and does not name it as unfilled.
     *
     * @throws GuidanceRejected when the article has no published version, or there is no such case
     */
    ForCase fillForCase(long articleId, Locale language, long caseId, String carrier, LocalDate date);

    /**
     * An article filled in for a case: its text, the placeholders with no value, the receipt number to greet the
     * citizen with ({@code {{receipt}}} when each citizen reads their own), whether the case answers several
     * citizens, and whether the article itself kept {@code {{receipt}}} for them.
     */
    record ForCase(
            String title,
            String text,
            List<String> unfilled,
            String greetingReceipt,
            boolean receiptPerCitizen,
            boolean articleKeepsReceipt) {}

    /** An edit: slug, category (null for all), and the situation and texts in both languages. */
    record Draft(
            String slug,
            String category,
            String situationJa,
            String situationEn,
            String titleJa,
            String bodyJa,
            String titleEn,
            String bodyEn) {}

    /** An article with its latest version's texts and which version is published (null when none). */
    record Article(
            long id,
            String slug,
            String category,
            String situationJa,
            String situationEn,
            Integer publishedVersion,
            int latestVersion,
            Instant updatedAt,
            Version latest,
            Version published)
            implements java.io.Serializable {

        /** When to use the article, in a language (Japanese unless English). */
        public String situation(Locale language) {
            return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? situationEn : situationJa;
        }

        /** The published title in a language (Japanese unless English). */
        public String title(Locale language) {
            Version v = published != null ? published : latest;
            return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? v.titleEn() : v.titleJa();
        }

        public String body(Locale language) {
            Version v = published != null ? published : latest;
            return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? v.bodyEn() : v.bodyJa();
        }
    }

    /** One version's texts. */
    record Version(int version, String titleJa, String bodyJa, String titleEn, String bodyEn, String author, Instant at)
            implements java.io.Serializable {}

    /** What the placeholders stand for in one reply; a value left null keeps its placeholder visible. */
    record Values(String receipt, String carrier, LocalDate date) {}

    /** An article's text ready to edit in a reply, and the placeholders that had no value. */
    record Filled(String title, String text, List<String> unfilled) {}

    /** The placeholders an article may use. */
    List<String> PLACEHOLDERS = List.of("receipt", "carrier", "date");
}
