package jp.spamcenter.web.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.spamcenter.advice.api.Referrals.Attachment;
import jp.spamcenter.advice.api.Referrals.Channel;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.api.Referrals.Letter;
import jp.spamcenter.advice.api.Referrals.Referral;
import jp.spamcenter.advice.api.Referrals.ReferralReason;
import jp.spamcenter.advice.api.Referrals.ReferralState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Printed documents read back as the text they were given, in Japanese, wrapped and paged. */
class PrintedDocumentTest {

    @Test
    void aReferralLetterPrintsInJapaneseAndReadsBack() throws Exception {
        var referral = new Referral(
                12,
                3,
                DestinationKind.CONSUMER_CENTER,
                "試験市消費生活センター",
                null,
                ReferralReason.BILLED,
                "概要",
                Set.of(),
                null,
                Channel.PRINT,
                ReferralState.SENT,
                null,
                null,
                "sato",
                Instant.parse("2026-11-24T01:00:00Z"),
                Instant.parse("2026-11-24T02:00:00Z"),
                null,
                null,
                null);
        var letter = new Letter(
                null,
                "【迷惑メール相談センター】ご相談の引き継ぎ（R-12）",
                "試験市消費生活センター 御中\n\n迷惑メール相談センターより、次のご相談を引き継ぎます。\n理由: 請求を受けている 😀",
                List.of(new Attachment("ABCD-EFGH-JKLM.eml", "message/rfc822", new byte[120])));

        byte[] pdf = ReferralLetterPdf.of(referral, letter);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("2026年11月24日", "試験市消費生活センター 御中", "ご相談の引き継ぎ（R-12）", "請求を受けている ?");
        assertThat(text).contains("ABCD-EFGH-JKLM.eml", "R-12");
    }

    @Test
    void longTextWrapsWithinThePageAndRunsOntoNewPages() throws Exception {
        String japanese = "迷惑メールには返信せず、本文のURLや電話番号にもアクセスしないでください。".repeat(8);
        String english = "Please do not reply to spam, and do not open its links or call its numbers. ".repeat(6);
        byte[] pdf;
        try (var document = new PrintedDocument("試験", "フッター")) {
            document.title("長い文書");
            for (int i = 0; i < 40; i++) {
                document.paragraph(japanese).paragraph(english);
            }
            document.table(
                    List.of("国", "件数"), List.of(List.of("米国", "1,204"), List.of("中国", "987")), new float[] {0.7f, 0.3f
                    });
            pdf = document.toBytes();
        }

        try (var read = Loader.loadPDF(pdf)) {
            assertThat(read.getNumberOfPages()).isGreaterThan(5);
        }
        String text = text(pdf).replace("\n", "").replace("\r", "");
        assertThat(text).contains(japanese, "フッター  —  1");
        assertThat(text.replace(" ", "")).contains(english.replace(" ", ""), "米国1,204", "中国987");
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
