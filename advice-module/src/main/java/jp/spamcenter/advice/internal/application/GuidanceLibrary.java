package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.spamcenter.advice.api.Guidance;
import jp.spamcenter.advice.api.GuidanceRejected;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.advice.internal.domain.GuidanceArticle;
import jp.spamcenter.advice.internal.domain.GuidanceVersion;
import jp.spamcenter.advice.internal.domain.Placeholders;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;
import jp.spamcenter.advice.internal.infrastructure.GuidanceRepository;

/** The guidance articles and their versions in the database. */
@ApplicationScoped
@Transactional
public class GuidanceLibrary implements Guidance {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    private static final int TITLE_MAX = 200;
    private static final int BODY_MAX = 20_000;

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Article> articles(String category) {
        return views(guidance().articles(category));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Article> published() {
        return views(guidance().published());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Article> article(long id) {
        return Optional.ofNullable(em.find(GuidanceArticle.class, id))
                .map(a -> views(List.of(a)).get(0));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Version> versions(long articleId) {
        return guidance().versions(articleId).stream()
                .map(GuidanceVersion::view)
                .toList();
    }

    @Override
    public Article save(Long articleId, Draft draft, String author) {
        check(draft);
        Instant now = clock.instant();
        GuidanceArticle article;
        if (articleId == null) {
            boolean taken = guidance().slugTaken(draft.slug());
            if (taken) {
                throw new GuidanceRejected("slugTaken", "an article is called " + draft.slug() + " already");
            }
            article = new GuidanceArticle(
                    draft.slug(),
                    category(draft),
                    draft.situationJa().strip(),
                    draft.situationEn().strip(),
                    now);
            em.persist(article);
            em.flush();
        } else {
            article = em.find(GuidanceArticle.class, articleId, LockModeType.PESSIMISTIC_WRITE);
            if (article == null) {
                throw new GuidanceRejected("notFound", "there is no article " + articleId);
            }
        }
        int version = article.edited(
                category(draft),
                draft.situationJa().strip(),
                draft.situationEn().strip(),
                now);
        em.persist(new GuidanceVersion(article.id(), version, draft, author, now));
        em.flush();
        return views(List.of(article)).get(0);
    }

    @Override
    public Article publish(long articleId, int version, String by) {
        var article = em.find(GuidanceArticle.class, articleId, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            throw new GuidanceRejected("notFound", "there is no article " + articleId);
        }
        if (version < 1 || version > article.latestVersion()) {
            throw new GuidanceRejected("noVersion", "article " + articleId + " has no version " + version);
        }
        article.publish(version, clock.instant());
        return views(List.of(article)).get(0);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Filled fill(long articleId, Locale language, Values values) {
        Article article = article(articleId)
                .filter(a -> a.published() != null)
                .orElseThrow(() -> new GuidanceRejected("notPublished", "article " + articleId + " is not published"));
        return Placeholders.fill(article.title(language), article.body(language), values, language);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ForCase fillForCase(long articleId, Locale language, long caseId, String carrier, LocalDate date) {
        var c = em.find(ConsultationCase.class, caseId);
        if (c == null) {
            throw new GuidanceRejected("noCase", "there is no case " + caseId);
        }
        boolean oneCitizen = new CaseRepository(em).reportCount(caseId) <= 1;
        String receipt = c.summary().receiptNumber();
        Filled filled = fill(
                articleId,
                language,
                new Values(oneCitizen ? receipt : null, carrier == null || carrier.isBlank() ? null : carrier, date));
        return new ForCase(
                filled.title(),
                filled.text(),
                filled.unfilled().stream()
                        .filter(name -> oneCitizen || !name.equals("receipt"))
                        .toList(),
                oneCitizen ? receipt : "{{receipt}}",
                !oneCitizen,
                !oneCitizen && filled.unfilled().contains("receipt"));
    }

    private static void check(Draft draft) {
        if (draft.slug() == null || !SLUG.matcher(draft.slug()).matches()) {
            throw new GuidanceRejected("slug", "a slug is 2 to 60 lower-case letters, digits and hyphens");
        }
        for (String situation : new String[] {draft.situationJa(), draft.situationEn()}) {
            if (situation == null || situation.isBlank() || situation.length() > 200) {
                throw new GuidanceRejected(
                        "situation", "the situation is required in both languages, at most 200 characters");
            }
        }
        for (String title : new String[] {draft.titleJa(), draft.titleEn()}) {
            if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
                throw new GuidanceRejected("title", "both titles are required, at most 200 characters");
            }
        }
        for (String body : new String[] {draft.bodyJa(), draft.bodyEn()}) {
            if (body == null || body.isBlank() || body.length() > BODY_MAX) {
                throw new GuidanceRejected("body", "both texts are required, at most 20,000 characters");
            }
            if (!Placeholders.unknown(body).isEmpty()) {
                throw new GuidanceRejected(
                        "placeholder",
                        "unknown placeholders " + Placeholders.unknown(body) + "; known: " + PLACEHOLDERS);
            }
        }
    }

    private static String category(Draft draft) {
        return draft.category() == null || draft.category().isBlank() ? null : draft.category();
    }

    /** The articles with their latest and published versions, in two queries whatever their number. */
    private List<Article> views(List<GuidanceArticle> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        var ids = articles.stream().map(GuidanceArticle::id).toList();
        Map<String, Version> byKey = new HashMap<>();
        guidance().versions(ids).stream()
                .forEach(v -> byKey.put(v.articleId() + "/" + v.view().version(), v.view()));
        var views = new ArrayList<Article>();
        for (var a : articles) {
            views.add(new Article(
                    a.id(),
                    a.slug(),
                    a.category(),
                    a.situationJa(),
                    a.situationEn(),
                    a.publishedVersion(),
                    a.latestVersion(),
                    a.updatedAt(),
                    byKey.get(a.id() + "/" + a.latestVersion()),
                    a.publishedVersion() == null ? null : byKey.get(a.id() + "/" + a.publishedVersion())));
        }
        return views;
    }

    private GuidanceRepository guidance() {
        return new GuidanceRepository(em);
    }
}
