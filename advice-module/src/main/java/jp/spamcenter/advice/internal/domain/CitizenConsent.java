package jp.spamcenter.advice.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import jp.spamcenter.advice.api.ReferralRejected;
import jp.spamcenter.advice.api.Referrals.Consent;
import jp.spamcenter.advice.api.Referrals.ConsentHow;
import jp.spamcenter.advice.api.Referrals.PersonalItem;

/** A citizen's consent to pass named personal data on; withdrawn, it covers nothing from then on. */
@Entity
@Table(name = "adv_consent")
@NamedQuery(name = "CitizenConsent.ofCase", query = "SELECT c FROM CitizenConsent c WHERE c.caseId = :id ORDER BY c.id")
public class CitizenConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    /** Space separated {@link PersonalItem} names. */
    @Column(name = "data_items", nullable = false, length = 200)
    private String dataItems;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ConsentHow how;

    @Column(name = "given_by", nullable = false, length = 200)
    private String givenBy;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "given_at", nullable = false)
    private LocalDateTime givenAt;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    protected CitizenConsent() {}

    public CitizenConsent(
            long caseId, Set<PersonalItem> items, ConsentHow how, String givenBy, String recordedBy, Instant at) {
        if (items == null || items.isEmpty()) {
            throw new ReferralRejected("consentItems", "a consent names the data it covers");
        }
        if (givenBy == null || givenBy.isBlank() || givenBy.length() > 200) {
            throw new ReferralRejected("givenBy", "say who gave the consent");
        }
        if (how == null) {
            throw new ReferralRejected("consentItems", "say how the consent was given");
        }
        this.caseId = caseId;
        this.dataItems = names(items);
        this.how = how;
        this.givenBy = givenBy.strip();
        this.recordedBy = recordedBy;
        this.givenAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public void withdraw(String actor, Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
            withdrawnBy = actor;
        }
    }

    /** Whether the consent, still given, covers all this data. */
    public boolean covers(Set<PersonalItem> data) {
        return withdrawnAt == null && items().containsAll(data);
    }

    public boolean active() {
        return withdrawnAt == null;
    }

    public long caseId() {
        return caseId;
    }

    public Long id() {
        return id;
    }

    public Set<PersonalItem> items() {
        return items(dataItems);
    }

    public Consent view() {
        return new Consent(
                id == null ? 0 : id,
                caseId,
                items(),
                how,
                givenBy,
                recordedBy,
                givenAt.toInstant(ZoneOffset.UTC),
                withdrawnAt == null ? null : withdrawnAt.toInstant(ZoneOffset.UTC),
                withdrawnBy);
    }

    static String names(Set<PersonalItem> items) {
        return items.stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
    }

    static Set<PersonalItem> items(String names) {
        var items = EnumSet.noneOf(PersonalItem.class);
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(" ")).map(PersonalItem::valueOf).forEach(items::add);
        }
        return items;
    }
}
