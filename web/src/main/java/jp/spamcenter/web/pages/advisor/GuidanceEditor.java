package jp.spamcenter.web.pages.advisor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.spamcenter.advice.api.Guidance;
import jp.spamcenter.advice.api.GuidanceRejected;
import jp.spamcenter.web.pages.shared.Texts;
import jp.spamcenter.web.pages.staff.StaffSession;

/**
 * The guidance articles: advisors read them; supervisors write new versions and choose the published one.
 */
@Named
@ViewScoped
public class GuidanceEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Guidance guidance;

    @Inject
    StaffSession session;

    private List<Guidance.Article> articles;
    private Long editing;
    private List<Guidance.Version> versions = List.of();
    private String slug;
    private String category;
    private String situationJa;
    private String situationEn;
    private String titleJa;
    private String bodyJa;
    private String titleEn;
    private String bodyEn;

    @PostConstruct
    void load() {
        articles = guidance.articles(null);
    }

    /** Opens an article's latest version in the form. */
    public void edit(long articleId) {
        guidance.article(articleId).ifPresent(a -> {
            editing = a.id();
            slug = a.slug();
            category = a.category();
            situationJa = a.situationJa();
            situationEn = a.situationEn();
            titleJa = a.latest().titleJa();
            bodyJa = a.latest().bodyJa();
            titleEn = a.latest().titleEn();
            bodyEn = a.latest().bodyEn();
            versions = guidance.versions(a.id());
        });
    }

    public void startNew() {
        editing = null;
        slug = category = situationJa = situationEn = titleJa = bodyJa = titleEn = bodyEn = null;
        versions = List.of();
    }

    public void save() {
        if (!session.isSupervisor()) {
            Texts.error(null, "guidance.supervisorsOnly");
            return;
        }
        try {
            var saved = guidance.save(
                    editing,
                    new Guidance.Draft(slug, category, situationJa, situationEn, titleJa, bodyJa, titleEn, bodyEn),
                    me());
            Texts.info("guidance.saved", saved.latestVersion());
            load();
            edit(saved.id());
        } catch (GuidanceRejected e) {
            Texts.error(null, "guidance.rejected." + e.code());
        }
    }

    public void publish(int version) {
        if (!session.isSupervisor() || editing == null) {
            Texts.error(null, "guidance.supervisorsOnly");
            return;
        }
        try {
            guidance.publish(editing, version, me());
            Texts.info("guidance.published", version);
            load();
            edit(editing);
        } catch (GuidanceRejected e) {
            Texts.error(null, "guidance.rejected." + e.code());
        }
    }

    private String me() {
        return session.getUsername();
    }

    public Integer getPublishedVersion() {
        return editing == null
                ? null
                : articles.stream()
                        .filter(a -> a.id() == editing)
                        .findFirst()
                        .map(Guidance.Article::publishedVersion)
                        .orElse(null);
    }

    public List<Guidance.Article> getArticles() {
        return articles;
    }

    public Long getEditing() {
        return editing;
    }

    public boolean isOpen() {
        return editing != null || slug != null || titleJa != null;
    }

    public List<Guidance.Version> getVersions() {
        return versions;
    }

    public List<String> getPlaceholders() {
        return Guidance.PLACEHOLDERS.stream().map(p -> "{{" + p + "}}").toList();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSituationJa() {
        return situationJa;
    }

    public void setSituationJa(String situationJa) {
        this.situationJa = situationJa;
    }

    public String getSituationEn() {
        return situationEn;
    }

    public void setSituationEn(String situationEn) {
        this.situationEn = situationEn;
    }

    public String getTitleJa() {
        return titleJa;
    }

    public void setTitleJa(String titleJa) {
        this.titleJa = titleJa;
    }

    public String getBodyJa() {
        return bodyJa;
    }

    public void setBodyJa(String bodyJa) {
        this.bodyJa = bodyJa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }
}
