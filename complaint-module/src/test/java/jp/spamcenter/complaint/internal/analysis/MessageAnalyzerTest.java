package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.AnalysisResult.DisplayDutyFinding;
import jp.spamcenter.complaint.api.AnalysisResult.Status;
import jp.spamcenter.complaint.api.AnalysisResult.Wrapping;
import org.junit.jupiter.api.Test;

class MessageAnalyzerTest {

    private final MessageAnalyzer analyzer = new MessageAnalyzer(
            MessageAnalyzer.Limits.DEFAULT,
            List.of(),
            ip -> ip.equals(SampleMessages.ORIGIN_IP) ? Optional.of("US") : Optional.empty());

    private static DisplayDutyFinding duty(AnalysisResult result, String code) {
        return result.displayDuties().stream()
                .filter(d -> d.duty().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aJapaneseShiftJisSpamIsReadAndJudged() {
        var result = analyzer.analyse(SampleMessages.billingFraudShiftJis());

        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.wrapping()).isEqualTo(Wrapping.AS_IS);
        assertThat(result.spam().subject()).isEqualTo("未払いのお知らせ");
        assertThat(result.sender().displayName()).isEqualTo("請求センター");
        assertThat(result.sender().domain()).isEqualTo("support-center.test");
        assertThat(result.sender().mismatches()).anyMatch(m -> m.contains("Return-Path"));
        assertThat(result.authentication().spf()).isEqualTo("fail");
        assertThat(result.hops()).hasSize(3);
        assertThat(result.origin().ip()).isEqualTo(SampleMessages.ORIGIN_IP);
        assertThat(result.origin().country()).isEqualTo("US");
        assertThat(result.origin().hopIndex()).isEqualTo(1);
        assertThat(result.indicators().phones()).containsExactly("0312345678");
        assertThat(result.indicators().urlDomains()).containsExactly("example-billing.test");
        assertThat(result.category().code()).isEqualTo("BILLING_FRAUD");
        assertThat(result.category().evidence()).contains("未払い");
        assertThat(duty(result, "OPT_OUT_NOTICE").met()).isFalse();
        assertThat(duty(result, "CONTACT").met()).isTrue();
        assertThat(duty(result, "CONTACT").evidence()).contains("03-1234-5678");
        assertThat(duty(result, LawChecks.TRUE_SENDER_INFO).met()).isFalse();
        assertThat(duty(result, LawChecks.TRUE_SENDER_INFO).evidence()).contains("spf=fail");
        assertThat(result.sha256()).hasSize(64);
    }

    @Test
    void aForwardAsAttachmentIsUnwrappedAndTheReporterKeptApart() {
        byte[] spam = SampleMessages.billingFraudShiftJis();
        var direct = analyzer.analyse(spam);
        var forwarded = analyzer.analyse(SampleMessages.forwardedAsAttachment(spam));

        assertThat(forwarded.wrapping()).isEqualTo(Wrapping.ATTACHED);
        assertThat(forwarded.reporter().from()).contains("citizen@example.jp");
        assertThat(forwarded.spam().subject()).isEqualTo("未払いのお知らせ");
        assertThat(forwarded.origin().ip()).isEqualTo(SampleMessages.ORIGIN_IP);
        assertThat(forwarded.campaignKey()).isEqualTo(direct.campaignKey());
        assertThat(forwarded.sha256()).isNotEqualTo(direct.sha256());
    }

    @Test
    void anInlineForwardYieldsTheForwardedMessageAndItsDefangedLinks() {
        var result = analyzer.analyse(SampleMessages.gmailInlineForward());

        assertThat(result.wrapping()).isEqualTo(Wrapping.INLINE_FORWARD);
        assertThat(result.status()).isEqualTo(Status.PARTIAL);
        assertThat(result.spam().subject()).isEqualTo("Your account has been suspended");
        assertThat(result.sender().domain()).isEqualTo("paypa1-secure.test");
        assertThat(result.indicators().urlDomains()).containsExactly("paypa1-secure.test");
        assertThat(result.category().code()).isEqualTo("PHISHING");
        assertThat(result.origin()).isNull();
    }

    @Test
    void aLawfulLookingAdvertisementMeetsEveryDisplayDuty() {
        var checks = new LawChecks(RuleBook.bundled());
        var duties = checks.displayDuties(SampleMessages.datingWithDisplayDuties(), null, null);
        assertThat(duties).allSatisfy(d -> assertThat(d.met()).as(d.duty()).isTrue());
        assertThat(duties)
                .filteredOn(d -> d.duty().equals("OPT_OUT_ADDRESS"))
                .singleElement()
                .satisfies(d -> assertThat(d.evidence()).contains("配信停止", "https://deai.example.test/stop"));
        assertThat(checks.category(null, SampleMessages.datingWithDisplayDuties())
                        .code())
                .isEqualTo("DATING");
    }

    @Test
    void aChainThatCannotBeRightIsFlagged() {
        String message =
                "Received: from a.test (a.test [198.51.100.20]) by mx.test; Mon, 23 Nov 2026 09:00:00 +0900\r\n"
                        + "Received: from b.test (b.test [999.1.2.3]) by a.test; Mon, 23 Nov 2026 11:00:00 +0900\r\n"
                        + "From: x@b.test\r\nSubject: s\r\n\r\nbody\r\n";
        var result = analyzer.analyse(message.getBytes(StandardCharsets.US_ASCII));
        assertThat(result.chainAnomalies())
                .anyMatch(a -> a.contains("dates go backwards"))
                .anyMatch(a -> a.contains("impossible address 999.1.2.3"));
    }

    @Test
    void anIpv6OriginIsShownInRfc5952Form() {
        String message = "Received: from relay.test (relay.test [IPv6:2001:0DB8:0000:0000:0000:0000:0000:0001]) by"
                + " mx.test; Mon, 23 Nov 2026 09:00:00 +0900\r\n"
                + "Received: from sender.test (sender.test [IPv6:2400:4050:0:0:1:0:0:a]) by relay.test;"
                + " Mon, 23 Nov 2026 08:59:00 +0900\r\n"
                + "From: x@sender.test\r\nSubject: s\r\n\r\nbody\r\n";
        var result = analyzer.analyse(message.getBytes(StandardCharsets.US_ASCII));
        assertThat(result.hops())
                .extracting(AnalysisResult.Hop::ip)
                .containsExactly("2001:db8::1", "2400:4050::1:0:0:a");
        assertThat(result.origin().ip()).isEqualTo("2400:4050::1:0:0:a");
        assertThat(IpAddresses.parse("2001:db8:0:0:1:0:0:1")).contains("2001:db8::1:0:0:1");
        assertThat(IpAddresses.parse("::ffff:192.0.2.1")).contains("192.0.2.1");
    }

    @Test
    void anEnglishStreetAddressCountsAsAPostalAddress() {
        var checks = new LawChecks(RuleBook.bundled());
        var duties = checks.displayDuties("Acme Deals Inc., 1200 Market Street, Springfield", null, null);
        assertThat(duties)
                .filteredOn(d -> d.duty().equals("POSTAL_ADDRESS"))
                .singleElement()
                .satisfies(d -> assertThat(d.met()).isTrue());
        var none = checks.displayDuties("Walk down the street to win", null, null);
        assertThat(none)
                .filteredOn(d -> d.duty().equals("POSTAL_ADDRESS"))
                .singleElement()
                .satisfies(d -> assertThat(d.met()).isFalse());
    }

    @Test
    void fullWidthAndPunycodeLinksAreFound() {
        var indicators = BodyIndicators.find(
                BodyIndicators.normalise("ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｔｅｓｔ／ａ と https://日本語.test/x と 電話０９０－１２３４－５６７８"), List.of());
        assertThat(indicators.urlDomains()).containsExactly("example.test", "xn--wgv71a119e.test");
        assertThat(indicators.phones()).containsExactly("09012345678");
    }

    @Test
    void perRecipientTokensDoNotSplitACampaign() {
        String a =
                CampaignFingerprint.of("【重要】山田様へのお知らせ", "山田太郎様\nご請求番号 123456 について https://x.test/p?id=a1b2c3d4e5 まで");
        String b =
                CampaignFingerprint.of("【重要】佐藤様へのお知らせ", "佐藤花子様\nご請求番号 987654 について https://x.test/p?id=zz99yy88xx まで");
        String other = CampaignFingerprint.of("別の件名", "まったく別の本文です");
        assertThat(a).isEqualTo(b).isNotEqualTo(other);
    }

    @Test
    void hostileInputNeverThrows() {
        assertThat(analyzer.analyse(null).status()).isEqualTo(Status.UNPARSEABLE);
        assertThat(analyzer.analyse(new byte[0]).problems()).containsExactly("the message is empty");
        var garbage = new byte[10_000];
        new java.util.Random(1).nextBytes(garbage);
        assertThat(analyzer.analyse(garbage).status()).isIn(Status.PARTIAL, Status.UNPARSEABLE, Status.OK);

        byte[] full = SampleMessages.billingFraudShiftJis();
        for (int cut = 0; cut < full.length; cut += 37) {
            var truncated = analyzer.analyse(java.util.Arrays.copyOf(full, cut));
            assertThat(truncated.sha256()).hasSize(64);
        }
    }

    @Test
    void oversizedMessagesAreRefusedButIdentified() {
        var small = new MessageAnalyzer(
                new MessageAnalyzer.Limits(1000, 5, 10, 1000, 10_000, java.time.Duration.ofSeconds(5)),
                List.of(),
                CountryLookup.NONE);
        var result = small.analyse(new byte[2000]);
        assertThat(result.status()).isEqualTo(Status.UNPARSEABLE);
        assertThat(result.problems().get(0)).contains("larger than the limit");
        assertThat(result.size()).isEqualTo(2000);
    }

    @Test
    void deepNestingAndManyPartsStopAtTheLimits() {
        var sb = new StringBuilder("From: a@b.test\r\nSubject: nested\r\nMIME-Version: 1.0\r\n");
        int depth = 40;
        for (int i = 0; i < depth; i++) {
            sb.append("Content-Type: multipart/mixed; boundary=\"n")
                    .append(i)
                    .append("\"\r\n\r\n--n")
                    .append(i)
                    .append("\r\n");
        }
        sb.append("Content-Type: text/plain\r\n\r\nhello\r\n");
        for (int i = depth - 1; i >= 0; i--) {
            sb.append("--n").append(i).append("--\r\n");
        }
        var result = analyzer.analyse(sb.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(result.status()).isEqualTo(Status.PARTIAL);
        assertThat(result.problems()).anyMatch(p -> p.contains("MIME nesting deeper"));
    }
}
