package jp.spamcenter.advice.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import jp.spamcenter.advice.api.Referrals.Dispatch;

/** One line of the log of what went to agencies abroad. */
@Entity
@Table(name = "adv_agency_dispatch")
@NamedQuery(name = "AgencyDispatch.latest", query = "SELECT d FROM AgencyDispatch d ORDER BY d.at DESC, d.id DESC")
public class AgencyDispatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(length = 200)
    private String agency;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(nullable = false, length = 10)
    private String format;

    @Column(nullable = false)
    private int documents;

    @Column(nullable = false)
    private int skipped;

    protected AgencyDispatch() {}

    public AgencyDispatch(Dispatch d) {
        this.at = LocalDateTime.ofInstant(d.at(), ZoneOffset.UTC);
        this.actor = d.actor();
        this.countryCode = d.countryCode();
        this.agency = d.agency();
        this.periodFrom = d.periodFrom();
        this.periodTo = d.periodTo();
        this.format = d.format();
        this.documents = d.documents();
        this.skipped = d.skipped();
    }

    public Dispatch view() {
        return new Dispatch(
                id,
                at.toInstant(ZoneOffset.UTC),
                actor,
                countryCode,
                agency,
                periodFrom,
                periodTo,
                format,
                documents,
                skipped);
    }
}
