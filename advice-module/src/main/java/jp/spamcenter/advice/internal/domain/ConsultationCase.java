package jp.spamcenter.advice.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.advice.api.CaseSummary;
import jp.spamcenter.complaint.api.ComplaintReceived;

/**
 * One consultation: what an advisor works on. It refers to its complaint by id, and keeps the few facts of
 * the complaint it needs for its lists (carried by the event), never the complaint itself.
 */
@Entity
@Table(name = "adv_case")
public class ConsultationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, unique = true)
    private long complaintId;

    @Column(name = "receipt_number", nullable = false, length = 14)
    private String receiptNumber;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "prefecture_code", length = 2)
    private String prefectureCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseStatus status;

    /** UTC wall clock. */
    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    /** The complaint's category from its analysis (PHISHING, BILLING_FRAUD, …). */
    @Column(length = 20)
    private String category;

    protected ConsultationCase() {}

    /** A new case for a complaint just received. */
    public static ConsultationCase openFor(ComplaintReceived complaint, Instant at) {
        var c = new ConsultationCase();
        c.complaintId = complaint.complaintId();
        c.receiptNumber = complaint.receiptNumber();
        c.subject = complaint.subject();
        c.prefectureCode = complaint.prefectureCode();
        c.status = CaseStatus.NEW;
        c.openedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        c.category = complaint.category();
        return c;
    }

    public CaseSummary summary() {
        return new CaseSummary(
                id,
                complaintId,
                receiptNumber,
                subject,
                prefectureCode,
                status,
                openedAt.toInstant(ZoneOffset.UTC),
                category);
    }

    public CaseStatus status() {
        return status;
    }
}
