package jp.spamcenter.complaint.internal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.spamcenter.complaint.api.Campaigns.Campaign;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Campaigns described from their reports on a real MariaDB: the subject and sender domain most reports carry,
 * the first and last report in UTC as stored, and the number of reports; unknown keys left out.
 */
class CampaignProfilesTest {

    private PersistenceTests db;
    private int next = 1;

    @BeforeEach
    void migrate() {
        db = PersistenceTests.migrated("complaint", "cmp_");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCampaignIsItsCommonestSubjectAndSenderWithItsFirstAndLastReport() {
        report("aaaaaaaaaaaaaaaaaaaaaaaa", "【重要】お客様のアカウント確認", "amaz0n-secure.test", "2026-11-02 01:00:00");
        report("aaaaaaaaaaaaaaaaaaaaaaaa", "【重要】お客様のアカウント確認", "amaz0n-login.test", "2026-11-03 02:00:00");
        report("aaaaaaaaaaaaaaaaaaaaaaaa", "お客様のアカウント確認", "amaz0n-secure.test", "2026-11-04 23:30:00");
        report("bbbbbbbbbbbbbbbbbbbbbbbb", "", null, "2026-11-05 00:00:00");
        report("cccccccccccccccccccccccc", "Other", "other.test", "2026-11-05 00:00:00");

        Map<String, Campaign> described = db.inTransaction(em -> CampaignProfiles.describe(
                em, List.of("aaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbb", "unknown", "")));

        assertThat(described).containsOnlyKeys("aaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbb");
        assertThat(described.get("aaaaaaaaaaaaaaaaaaaaaaaa"))
                .isEqualTo(new Campaign(
                        "aaaaaaaaaaaaaaaaaaaaaaaa",
                        "【重要】お客様のアカウント確認",
                        "amaz0n-secure.test",
                        Instant.parse("2026-11-02T01:00:00Z"),
                        Instant.parse("2026-11-04T23:30:00Z"),
                        3));
        // a campaign whose reports have neither subject nor sender domain is still described
        assertThat(described.get("bbbbbbbbbbbbbbbbbbbbbbbb"))
                .isEqualTo(new Campaign(
                        "bbbbbbbbbbbbbbbbbbbbbbbb",
                        null,
                        null,
                        Instant.parse("2026-11-05T00:00:00Z"),
                        Instant.parse("2026-11-05T00:00:00Z"),
                        1));
        Map<String, Campaign> none = db.inTransaction(em -> CampaignProfiles.describe(em, List.of()));
        assertThat(none).isEmpty();
    }

    private void report(String campaign, String subject, String senderDomain, String receivedUtc) {
        int id = next++;
        db.run(em -> {
            em.createNativeQuery("INSERT INTO cmp_complaint (id, receipt_number, subject, message_text,"
                            + " prefecture_code, received_at) VALUES (?1, ?2, ?3, '', '13', ?4)")
                    .setParameter(1, id)
                    .setParameter(2, String.format("R2611-%08d", id))
                    .setParameter(3, subject)
                    .setParameter(4, java.sql.Timestamp.valueOf(receivedUtc))
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO cmp_analysis (complaint_id, analyser_version, status, message_sha256,"
                            + " category, lacks_sender_name, lacks_opt_out_notice, lacks_opt_out_address,"
                            + " lacks_postal_address, lacks_contact, sender_falsified, result_json, analysed_at,"
                            + " sender_domain, campaign_key) VALUES (?1, '1.2', 'DONE', REPEAT('0', 64), 'PHISHING',"
                            + " FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, '{}', ?2, ?3, ?4)")
                    .setParameter(1, id)
                    .setParameter(2, java.sql.Timestamp.valueOf(receivedUtc))
                    .setParameter(3, senderDomain)
                    .setParameter(4, campaign)
                    .executeUpdate();
        });
    }
}
