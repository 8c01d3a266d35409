package jp.spamcenter.complaint.internal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.PhishingUrls;
import jp.spamcenter.complaint.internal.analysis.MessageAnalyzer;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The links of phishing reports: distinct ones counted per period, listed defanged, replaced on re-analysis. */
class PhishingUrlStoreTest {

    private static final Instant DAY = Instant.parse("2026-10-05T03:00:00Z");
    private static PersistenceTests db;

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("complaint", "cmp_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static AnalysisResult analysed(String subject, String text) {
        String mail =
                "From: =?UTF-8?B?" + b64("Amazon.co.jp") + "?= <info@mail.amazon-co-jp.top>\r\nSubject: =?UTF-8?B?"
                        + b64(subject) + "?=\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n";
        return new MessageAnalyzer().analyse(mail.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void distinctLinksAndHostsAreCountedAndListedDefangedWithoutTheirQueries() {
        var first = analysed(
                "【重要】アカウントを一時停止しました",
                "https://amazon-co-jp.security-check.top/ap/signin?mail=hanako.sato%40example.jp"
                        + " https://amazon-co-jp.security-check.top/ap/signin?mail=taro%40example.jp");
        var second = analysed(
                "【重要】お支払い方法の確認",
                "https://amazon-co-jp.security-check.top/ap/signin?mail=jiro%40example.jp https://amzn-verify.top/x");
        assertThat(first.category().code()).isEqualTo("PHISHING");
        db.run(em -> {
            var store = new PhishingUrlStore(em);
            store.keep(9_001, DAY, first, false);
            store.keep(9_002, DAY.plusSeconds(3_600), second, false);
        });

        var counts = db.inTransaction(em -> new PhishingUrlStore(em)
                .counts(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")));
        assertThat(counts.urls()).isEqualTo(2);
        assertThat(counts.hosts()).isEqualTo(2);
        var links = db.inTransaction(em -> new PhishingUrlStore(em)
                .links(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), 10));
        assertThat(links).hasSize(2);
        assertThat(links.get(0).defanged()).isEqualTo("hxxps://amazon-co-jp[.]security-check[.]top/ap/signin");
        assertThat(links.get(0).host()).isEqualTo("amazon-co-jp[.]security-check[.]top");
        assertThat(links.get(0).reports()).isEqualTo(2);
        assertThat(links.get(0).firstSeen()).isEqualTo(DAY);
        assertThat(links.get(0).lastSeen()).isEqualTo(DAY.plusSeconds(3_600));
        assertThat(links)
                .noneMatch(
                        l -> l.defanged().contains("example.jp") || l.defanged().contains("mail="));

        // re-analysed as something else, the second report's links go
        var notPhishing = new MessageAnalyzer()
                .analyse("From: a@b.test\r\nSubject: hello\r\n\r\nhttps://amzn-verify.top/x\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
        db.run(em -> new PhishingUrlStore(em).keep(9_002, DAY.plusSeconds(3_600), notPhishing, true));
        var after = db.inTransaction(em -> new PhishingUrlStore(em)
                .counts(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")));
        assertThat(after.urls()).isEqualTo(1);
    }

    @Test
    void aLinkIsDefangedSoThatNobodyOpensIt() {
        assertThat(PhishingUrls.defang("https://a.example.jp/x.html")).isEqualTo("hxxps://a[.]example[.]jp/x.html");
        assertThat(PhishingUrls.defang("http://198.51.100.7:8080/")).isEqualTo("hxxp://198[.]51[.]100[.]7:8080/");
    }

    private static String b64(String s) {
        return java.util.Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
