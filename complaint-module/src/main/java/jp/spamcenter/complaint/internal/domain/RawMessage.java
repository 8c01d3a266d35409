package jp.spamcenter.complaint.internal.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.spamcenter.complaint.api.ComplaintId;

/** A reported message's bytes exactly as received, with their SHA-256: the evidence, never altered. */
@Entity
@Table(name = "cmp_raw_message")
@NamedQuery(
        name = "RawMessage.contents",
        query = "SELECT r.complaintId, r.content FROM RawMessage r WHERE r.complaintId IN :ids")
@NamedQuery(
        name = "RawMessage.earlier",
        query = "SELECT r.complaintId FROM RawMessage r WHERE r.sha256 = :sha"
                + " OR (:id IS NOT NULL AND r.messageId = :id)")
@NamedQuery(name = "RawMessage.original", query = "SELECT m.size, m.sha256 FROM RawMessage m WHERE m.complaintId = :id")
public class RawMessage {

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(nullable = false, length = 64)
    private String sha256;

    /** The Message-ID of a message that reached the report mailbox, for recognising it twice. */
    @Column(name = "message_id", length = 250)
    private String messageId;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected RawMessage() {}

    public RawMessage(ComplaintId complaint, byte[] content, String sha256, String messageId) {
        this.complaintId = complaint.value();
        this.messageId = messageId == null || messageId.length() > 250 ? null : messageId;
        this.content = content.clone();
        this.size = content.length;
        this.sha256 = sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public ComplaintId complaintId() {
        return new ComplaintId(complaintId);
    }

    public String sha256() {
        return sha256;
    }
}
