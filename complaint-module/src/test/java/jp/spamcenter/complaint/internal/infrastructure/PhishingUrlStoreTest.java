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

    /** The dashboard's filter: the links of the phishing reports of one channel, category or origin country. */
    @Test
    void theCountsFollowTheStatisticsFilter() {
        Instant day = Instant.parse("2026-08-10T03:00:00Z");
        // the spam below came from 45.76.12.34, which this test's database places in Vietnam
        var analyzer = new MessageAnalyzer(
                MessageAnalyzer.Limits.DEFAULT,
                java.util.List.of(),
                ip -> "45.76.12.34".equals(ip) ? java.util.Optional.of("VN") : java.util.Optional.empty());
        String fromVietnam = "Received: from mx.isp.test (mx.isp.test [10.0.0.5]) by mbox.isp.test; Mon, 10 Aug 2026"
                + " 12:00:05 +0900\r\nReceived: from unknown (HELO pc) (45.76.12.34) by mx.isp.test with SMTP; Mon, 10"
                + " Aug 2026 12:00:01 +0900\r\n";
        String mail =
                "From: =?UTF-8?B?" + b64("Amazon.co.jp") + "?= <info@mail.amazon-co-jp.top>\r\nSubject: =?UTF-8?B?"
                        + b64("【重要】アカウントを一時停止しました") + "?=\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n";
        long pcVietnam = stored(
                jp.spamcenter.complaint.api.Channel.PC_MAIL,
                day,
                analyzer.analyse((fromVietnam + mail + "https://amazon-co-jp.security-check.top/a\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        long sms = stored(
                jp.spamcenter.complaint.api.Channel.SMS,
                day.plusSeconds(60),
                analyzer.analyse((mail + "https://amazon-co-jp.security-check.top/a https://amzn-sms.top/b\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(pcVietnam).isNotEqualTo(sms);
        Instant from = Instant.parse("2026-08-01T00:00:00Z");
        Instant until = Instant.parse("2026-09-01T00:00:00Z");
        var all = count(from, until, PhishingUrls.Scope.ALL);
        assertThat(all).isEqualTo(new PhishingUrls.Counts(2, 2, 2));
        assertThat(count(from, until, new PhishingUrls.Scope(jp.spamcenter.complaint.api.Channel.SMS, null, null)))
                .isEqualTo(new PhishingUrls.Counts(1, 2, 2));
        assertThat(count(from, until, new PhishingUrls.Scope(jp.spamcenter.complaint.api.Channel.PC_MAIL, null, null)))
                .isEqualTo(new PhishingUrls.Counts(1, 1, 1));
        assertThat(count(from, until, new PhishingUrls.Scope(null, null, "VN")))
                .isEqualTo(new PhishingUrls.Counts(1, 1, 1));
        assertThat(count(from, until, new PhishingUrls.Scope(null, null, "")))
                .isEqualTo(new PhishingUrls.Counts(1, 2, 2));
        assertThat(count(from, until, new PhishingUrls.Scope(null, "PHISHING", null)))
                .isEqualTo(all);
        assertThat(count(from, until, new PhishingUrls.Scope(null, "DATING", null)))
                .isEqualTo(new PhishingUrls.Counts(0, 0, 0));
    }

    private static PhishingUrls.Counts count(Instant from, Instant until, PhishingUrls.Scope scope) {
        return db.inTransaction(em -> new PhishingUrlStore(em).counts(from, until, scope));
    }

    private static long stored(jp.spamcenter.complaint.api.Channel channel, Instant at, AnalysisResult result) {
        assertThat(result.category().code()).isEqualTo("PHISHING");
        return db.inTransaction(em -> {
            var complaint = jp.spamcenter.complaint.internal.domain.Complaint.from(
                    jp.spamcenter.complaint.api.NewComplaint.onWebForm(
                            "件名", "本文", "13", java.util.Optional.empty(), channel, null),
                    jp.spamcenter.complaint.api.ReceiptNumber.random(),
                    at);
            em.persist(complaint);
            em.flush();
            em.persist(jp.spamcenter.complaint.internal.domain.StoredAnalysis.of(
                    complaint.id(),
                    result,
                    jakarta.json.bind.JsonbBuilder.create().toJson(result),
                    at));
            new PhishingUrlStore(em).keep(complaint.id().value(), at, result, false);
            return complaint.id().value();
        });
    }
}
