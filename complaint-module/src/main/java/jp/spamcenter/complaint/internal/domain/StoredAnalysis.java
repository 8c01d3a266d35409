package jp.spamcenter.complaint.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.ComplaintId;

/**
 * A report's analysis as kept: the fields that lists and statistics query as columns, the whole result as
 * JSON, and the analyser's version.
 */
@Entity
@Table(name = "cmp_analysis")
@NamedQuery(
        name = "StoredAnalysis.byComplaintIds",
        query = "SELECT a FROM StoredAnalysis a WHERE a.complaintId IN :ids")
public class StoredAnalysis {

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "analyser_version", nullable = false, length = 60)
    private String analyserVersion;

    @Column(nullable = false, length = 12)
    private String status;

    @Column(name = "message_sha256", nullable = false, length = 64)
    private String messageSha256;

    @Column(name = "origin_ip", length = 45)
    private String originIp;

    @Column(name = "origin_country", length = 2)
    private String originCountry;

    @Column(name = "sender_domain", length = 253)
    private String senderDomain;

    @Column(nullable = false, length = 20)
    private String category;

    /** The brand the message impersonates, or null. */
    @Column(length = 24)
    private String brand;

    @Column(name = "campaign_key", length = 24)
    private String campaignKey;

    @Column(name = "lacks_sender_name", nullable = false)
    private boolean lacksSenderName;

    @Column(name = "lacks_opt_out_notice", nullable = false)
    private boolean lacksOptOutNotice;

    @Column(name = "lacks_opt_out_address", nullable = false)
    private boolean lacksOptOutAddress;

    @Column(name = "lacks_postal_address", nullable = false)
    private boolean lacksPostalAddress;

    @Column(name = "lacks_contact", nullable = false)
    private boolean lacksContact;

    @Column(name = "sender_falsified", nullable = false)
    private boolean senderFalsified;

    @Column(name = "result_json", nullable = false)
    private String resultJson;

    @Column(name = "analysed_at", nullable = false)
    private Instant analysedAt;

    protected StoredAnalysis() {}

    /** The analysis of a complaint, with the result already written as JSON. */
    public static StoredAnalysis of(ComplaintId complaint, AnalysisResult result, String resultJson, Instant at) {
        var a = new StoredAnalysis();
        a.complaintId = complaint.value();
        a.update(result, resultJson, at);
        return a;
    }

    /** Replaces the analysis with a newer one (after an analyser upgrade). */
    public void update(AnalysisResult result, String resultJson, Instant at) {
        analyserVersion = result.analyserVersion();
        status = result.status().name();
        messageSha256 = result.sha256();
        originIp = result.origin() == null ? null : result.origin().ip();
        originCountry = result.origin() == null ? null : result.origin().country();
        senderDomain = result.sender() == null ? null : truncate(result.sender().domain(), 253);
        category = result.category() == null ? "OTHER" : result.category().code();
        brand = impersonated(result);
        campaignKey = result.campaignKey();
        lacksSenderName = lacks(result, "SENDER_NAME");
        lacksOptOutNotice = lacks(result, "OPT_OUT_NOTICE");
        lacksOptOutAddress = lacks(result, "OPT_OUT_ADDRESS");
        lacksPostalAddress = lacks(result, "POSTAL_ADDRESS");
        lacksContact = lacks(result, "CONTACT");
        senderFalsified = lacks(result, "TRUE_SENDER_INFO");
        this.resultJson = resultJson;
        analysedAt = at;
    }

    /** The code of the brand the message impersonates, or null: what the statistics count as an abused brand. */
    public static String impersonated(AnalysisResult result) {
        return result.brand() != null && result.brand().impersonated()
                ? result.brand().code()
                : null;
    }

    private static boolean lacks(AnalysisResult result, String duty) {
        return result.displayDuties().stream()
                .filter(d -> d.duty().equals(duty))
                .anyMatch(d -> !d.met());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public String category() {
        return category;
    }

    public String campaignKey() {
        return campaignKey;
    }

    public String brand() {
        return brand;
    }

    public String originCountry() {
        return originCountry;
    }

    public String analyserVersion() {
        return analyserVersion;
    }

    public boolean lacksOptOutNotice() {
        return lacksOptOutNotice;
    }

    public boolean senderFalsified() {
        return senderFalsified;
    }

    public String resultJson() {
        return resultJson;
    }
}
