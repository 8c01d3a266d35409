package jp.spamcenter.advice.internal.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import jp.spamcenter.advice.internal.domain.GuidanceArticle;
import jp.spamcenter.advice.internal.domain.GuidanceVersion;

/** The guidance articles and their versions. */
public class GuidanceRepository {

    private final EntityManager em;

    /** On the caller's entity manager, in its transaction. */
    public GuidanceRepository(EntityManager em) {
        this.em = em;
    }

    /** All articles, or those of a category and those for every category, in id order. */
    public List<GuidanceArticle> articles(String category) {
        return category == null
                ? em.createNamedQuery("GuidanceArticle.all", GuidanceArticle.class)
                        .getResultList()
                : em.createNamedQuery("GuidanceArticle.forCategory", GuidanceArticle.class)
                        .setParameter("category", category)
                        .getResultList();
    }

    public List<GuidanceArticle> published() {
        return em.createNamedQuery("GuidanceArticle.published", GuidanceArticle.class)
                .getResultList();
    }

    public boolean slugTaken(String slug) {
        return !em.createNamedQuery("GuidanceArticle.idOfSlug", Long.class)
                .setParameter("slug", slug)
                .getResultList()
                .isEmpty();
    }

    /** An article's versions, the latest first. */
    public List<GuidanceVersion> versions(long articleId) {
        return em.createNamedQuery("GuidanceVersion.ofArticle", GuidanceVersion.class)
                .setParameter("id", articleId)
                .getResultList();
    }

    /** The versions of these articles. */
    public List<GuidanceVersion> versions(Collection<Long> articleIds) {
        return em.createNamedQuery("GuidanceVersion.ofArticles", GuidanceVersion.class)
                .setParameter("ids", articleIds)
                .getResultList();
    }
}
