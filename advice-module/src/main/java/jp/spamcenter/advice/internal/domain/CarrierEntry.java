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
import java.util.List;
import jp.spamcenter.advice.api.Directory.Carrier;

/** A carrier or ISP of the directory, with the domains it serves. */
@Entity
@Table(name = "adv_carrier")
@NamedQuery(name = "CarrierEntry.byKey", query = "SELECT c FROM CarrierEntry c WHERE c.name = :n")
@NamedQuery(name = "CarrierEntry.all", query = "SELECT c FROM CarrierEntry c ORDER BY c.name")
public class CarrierEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    /** Space separated, lower case. */
    @Column(nullable = false, length = 2000)
    private String domains;

    @Column(name = "abuse_email", nullable = false, length = 254)
    private String abuseEmail;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected CarrierEntry() {}

    public CarrierEntry(Carrier valid, Instant at) {
        update(valid, at);
    }

    public void update(Carrier valid, Instant at) {
        name = valid.name();
        domains = String.join(" ", valid.domains());
        abuseEmail = valid.abuseEmail();
        updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Whether the carrier serves the domain or a parent of it. */
    public boolean serves(String domain) {
        for (String own : domains.split(" ")) {
            if (domain.equals(own) || domain.endsWith("." + own)) {
                return true;
            }
        }
        return false;
    }

    public Carrier view() {
        return new Carrier(id, name, List.of(domains.split(" ")), abuseEmail);
    }
}
