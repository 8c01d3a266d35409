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
import jp.spamcenter.advice.api.Directory.ForeignAgency;

/** An enforcement agency abroad, and the format it takes reports in. */
@Entity
@Table(name = "adv_foreign_agency")
@NamedQuery(
        name = "AgencyEntry.byKey",
        query = "SELECT c FROM AgencyEntry c WHERE c.countryCode = :c AND c.agency = :n")
@NamedQuery(name = "AgencyEntry.all", query = "SELECT a FROM AgencyEntry a ORDER BY a.countryCode, a.agency")
@NamedQuery(
        name = "AgencyEntry.ofCountry",
        query = "SELECT a FROM AgencyEntry a WHERE a.countryCode = :c ORDER BY a.agency")
public class AgencyEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(nullable = false, length = 200)
    private String agency;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(nullable = false, length = 10)
    private String format;

    @Column(name = "web_url", length = 500)
    private String webUrl;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected AgencyEntry() {}

    public AgencyEntry(ForeignAgency valid, Instant at) {
        update(valid, at);
    }

    public void update(ForeignAgency valid, Instant at) {
        countryCode = valid.countryCode();
        agency = valid.agency();
        contactEmail = valid.contactEmail();
        format = valid.format();
        webUrl = valid.webUrl();
        updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public ForeignAgency view() {
        return new ForeignAgency(id, countryCode, agency, contactEmail, format, webUrl);
    }
}
