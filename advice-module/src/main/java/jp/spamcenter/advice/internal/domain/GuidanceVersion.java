package jp.spamcenter.advice.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import jp.spamcenter.advice.api.Guidance;

/** One version of an article's texts, never changed once saved. */
@Entity
@Table(name = "adv_article_version")
@NamedQuery(
        name = "GuidanceVersion.ofArticle",
        query = "SELECT v FROM GuidanceVersion v WHERE v.articleId = :id ORDER BY v.version DESC")
@NamedQuery(name = "GuidanceVersion.ofArticles", query = "SELECT v FROM GuidanceVersion v WHERE v.articleId IN :ids")
@IdClass(GuidanceVersion.Key.class)
public class GuidanceVersion {

    @Id
    @Column(name = "article_id")
    private long articleId;

    @Id
    @Column(name = "version")
    private int version;

    @Column(name = "title_ja", nullable = false, length = 200)
    private String titleJa;

    @Column(name = "body_ja", nullable = false, columnDefinition = "TEXT")
    private String bodyJa;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "body_en", nullable = false, columnDefinition = "TEXT")
    private String bodyEn;

    @Column(nullable = false, length = 100)
    private String author;

    /** UTC wall clock. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected GuidanceVersion() {}

    public GuidanceVersion(long articleId, int version, Guidance.Draft draft, String author, Instant at) {
        this.articleId = articleId;
        this.version = version;
        this.titleJa = draft.titleJa().strip();
        this.bodyJa = draft.bodyJa().strip();
        this.titleEn = draft.titleEn().strip();
        this.bodyEn = draft.bodyEn().strip();
        this.author = author;
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public long articleId() {
        return articleId;
    }

    public Guidance.Version view() {
        return new Guidance.Version(
                version, titleJa, bodyJa, titleEn, bodyEn, author, createdAt.toInstant(ZoneOffset.UTC));
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long articleId;
        private int version;

        public Key() {}

        public Key(long articleId, int version) {
            this.articleId = articleId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.articleId == articleId && k.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, version);
        }
    }
}
