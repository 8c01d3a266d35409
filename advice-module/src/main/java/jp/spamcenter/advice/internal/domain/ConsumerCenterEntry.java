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
import jp.spamcenter.advice.api.Directory.ConsumerCenter;

/** A consumer center of the directory. */
@Entity
@Table(name = "adv_consumer_center")
@NamedQuery(
        name = "ConsumerCenterEntry.byKey",
        query =
                "SELECT c FROM ConsumerCenterEntry c WHERE c.prefectureCode = :p AND c.municipality = :m AND c.name = :n")
@NamedQuery(
        name = "ConsumerCenterEntry.ofPrefecture",
        query = "SELECT c FROM ConsumerCenterEntry c WHERE c.prefectureCode = :p ORDER BY c.municipality," + " c.name")
@NamedQuery(
        name = "ConsumerCenterEntry.all",
        query = "SELECT c FROM ConsumerCenterEntry c ORDER BY c.prefectureCode, c.municipality, c.name")
public class ConsumerCenterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "prefecture_code", nullable = false, length = 2)
    private String prefectureCode;

    @Column(nullable = false, length = 100)
    private String municipality;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 40)
    private String phone;

    @Column(length = 200)
    private String hours;

    @Column(name = "web_url", length = 500)
    private String webUrl;

    @Column(length = 254)
    private String email;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ConsumerCenterEntry() {}

    /** A new entry from a valid center (see {@link DirectoryRules}). */
    public ConsumerCenterEntry(ConsumerCenter valid, Instant at) {
        update(valid, at);
    }

    public void update(ConsumerCenter valid, Instant at) {
        prefectureCode = valid.prefectureCode();
        municipality = valid.municipality();
        name = valid.name();
        phone = valid.phone();
        hours = valid.hours();
        webUrl = valid.webUrl();
        email = valid.email();
        updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public ConsumerCenter view() {
        return new ConsumerCenter(id, prefectureCode, municipality, name, phone, hours, webUrl, email);
    }
}
