package jp.spamcenter.advice.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A report (complaint) that a case answers: its own, or one of a case merged into it. */
@Entity
@Table(name = "adv_case_report")
@NamedQuery(
        name = "CaseReport.casesOfReceipts",
        query = "SELECT r.receiptNumber, r.caseId FROM CaseReport r WHERE r.receiptNumber IN :receipts")
@NamedQuery(
        name = "CaseReport.ofCase",
        query = "SELECT r FROM CaseReport r WHERE r.caseId = :id ORDER BY r.linkedAt, r.complaintId")
@NamedQuery(name = "CaseReport.countOfCase", query = "SELECT COUNT(r) FROM CaseReport r WHERE r.caseId = :id")
@NamedQuery(
        name = "CaseReport.complaintsOfCase",
        query = "SELECT r.complaintId FROM CaseReport r WHERE r.caseId = :id ORDER BY r.complaintId")
@NamedQuery(name = "CaseReport.move", query = "UPDATE CaseReport r SET r.caseId = :kept WHERE r.caseId = :duplicate")
public class CaseReport {

    @Id
    @Column(name = "complaint_id")
    private long complaintId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "receipt_number", nullable = false, length = 14)
    private String receiptNumber;

    /** UTC wall clock. */
    @Column(name = "linked_at", nullable = false)
    private LocalDateTime linkedAt;

    protected CaseReport() {}

    public CaseReport(long complaintId, long caseId, String receiptNumber, Instant at) {
        this.complaintId = complaintId;
        this.caseId = caseId;
        this.receiptNumber = receiptNumber;
        this.linkedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public long complaintId() {
        return complaintId;
    }

    public long caseId() {
        return caseId;
    }

    public String receiptNumber() {
        return receiptNumber;
    }
}
