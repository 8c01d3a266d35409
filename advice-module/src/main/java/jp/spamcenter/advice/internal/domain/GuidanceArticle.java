package jp.spamcenter.advice.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A guidance article: what it is about, and which of its versions is published. */
@Entity
@Table(name = "adv_article")
@NamedQuery(name = "GuidanceArticle.all", query = "SELECT a FROM GuidanceArticle a ORDER BY a.id")
@NamedQuery(
        name = "GuidanceArticle.forCategory",
        query = "SELECT a FROM GuidanceArticle a WHERE a.category = :category OR a.category IS NULL ORDER BY" + " a.id")
@NamedQuery(
        name = "GuidanceArticle.published",
        query = "SELECT a FROM GuidanceArticle a WHERE a.publishedVersion IS NOT NULL ORDER BY a.id")
@NamedQuery(name = "GuidanceArticle.idOfSlug", query = "SELECT a.id FROM GuidanceArticle a WHERE a.slug = :slug")
public class GuidanceArticle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60, unique = true)
    private String slug;

    @Column(length = 20)
    private String category;

    @Column(name = "situation_ja", nullable = false, length = 200)
    private String situationJa;

    @Column(name = "situation_en", nullable = false, length = 200)
    private String situationEn;

    @Column(name = "published_version")
    private Integer publishedVersion;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    /** UTC wall clock. */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected GuidanceArticle() {}

    public GuidanceArticle(String slug, String category, String situationJa, String situationEn, Instant at) {
        this.slug = slug;
        this.category = category;
        this.situationJa = situationJa;
        this.situationEn = situationEn;
        this.latestVersion = 0;
        this.updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The next version's number, for an edit saved now. */
    public int edited(String category, String situationJa, String situationEn, Instant at) {
        this.category = category;
        this.situationJa = situationJa;
        this.situationEn = situationEn;
        this.updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return ++latestVersion;
    }

    public void publish(int version, Instant at) {
        if (version < 1 || version > latestVersion) {
            throw new IllegalArgumentException("no version " + version + " of article " + id);
        }
        this.publishedVersion = version;
        this.updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String category() {
        return category;
    }

    public String situationJa() {
        return situationJa;
    }

    public String situationEn() {
        return situationEn;
    }

    public Integer publishedVersion() {
        return publishedVersion;
    }

    public int latestVersion() {
        return latestVersion;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }
}
