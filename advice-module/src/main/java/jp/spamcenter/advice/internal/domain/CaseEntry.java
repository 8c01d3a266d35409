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
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.CaseView.Entry;

/** One line of a case's history: who did what when; replies and the citizen's answers carry their text. */
@Entity
@Table(name = "adv_case_entry")
@NamedQuery(name = "CaseEntry.ofCase", query = "SELECT e FROM CaseEntry e WHERE e.caseId = :id ORDER BY e.at, e.id")
@NamedQuery(
        name = "CaseEntry.ofKind",
        query = "SELECT e FROM CaseEntry e WHERE e.caseId = :id AND e.kind = :kind ORDER BY e.at, e.id")
@NamedQuery(
        name = "CaseEntry.conversation",
        query = "SELECT e FROM CaseEntry e WHERE e.caseId = :id AND e.visibleToCitizen = TRUE AND (e.kind <>"
                + " :citizen OR e.complaintId = :complaint) ORDER BY e.at, e.id")
@NamedQuery(name = "CaseEntry.move", query = "UPDATE CaseEntry e SET e.caseId = :kept WHERE e.caseId = :duplicate")
public class CaseEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    /** UTC wall clock. */
    @Column(nullable = false)
    private LocalDateTime at;

    /** The staff member; null for the citizen or the center itself. */
    @Column(length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseEntryKind kind;

    @Column(length = 200)
    private String detail;

    @Column(columnDefinition = "TEXT")
    private String body;

    @Column(name = "visible_to_citizen", nullable = false)
    private boolean visibleToCitizen;

    /** The report whose citizen wrote this message; null for every other entry. */
    @Column(name = "complaint_id")
    private Long complaintId;

    protected CaseEntry() {}

    CaseEntry(long caseId, Instant at, String actor, CaseEntryKind kind, String detail, String body, boolean visible) {
        this.caseId = caseId;
        this.at = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
        this.body = body;
        this.visibleToCitizen = visible;
    }

    /** A citizen's message, kept with the report it was written from. */
    static CaseEntry fromCitizen(long caseId, long complaintId, Instant at, String text) {
        var entry = new CaseEntry(caseId, at, null, CaseEntryKind.CITIZEN_MESSAGE, null, text, true);
        entry.complaintId = complaintId;
        return entry;
    }

    public long caseId() {
        return caseId;
    }

    public Entry view() {
        return new Entry(
                id == null ? 0 : id, at.toInstant(ZoneOffset.UTC), actor, kind, detail, body, visibleToCitizen);
    }
}
