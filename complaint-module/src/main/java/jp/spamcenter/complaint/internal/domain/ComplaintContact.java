package jp.spamcenter.complaint.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.spamcenter.complaint.api.ComplaintId;

/**
 * How the center may reach the citizen who filed a complaint. Personal data: kept in its own table, apart
 * from the report's content, so statistics and exports never touch it.
 */
@Entity
@Table(name = "cmp_contact")
public class ComplaintContact {

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(nullable = false, length = Complaint.EMAIL_MAX)
    private String email;

    protected ComplaintContact() {}

    public ComplaintContact(ComplaintId complaintId, String email) {
        this.complaintId = complaintId.value();
        this.email = email.strip();
    }

    public ComplaintId complaintId() {
        return new ComplaintId(complaintId);
    }

    public String email() {
        return email;
    }
}
