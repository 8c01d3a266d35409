package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass NFKC of mail text gives what the JDK's normaliser gives, and defanged links are restored. */
class BodyNormalisationTest {

    /** Units that NFKC maps, composes, decomposes or leaves alone, from the ranges mail is written in. */
    private static final String TRICKY = "aZ09 .,:@[](){}\n\t" // ASCII
            + "ＡＺａｚ０９：＠．（）［］　" // full-width forms and the ideographic space
            + "ｶﾞﾊﾟｱｲｳﾞｰ｡｢｣" // half-width katakana and their voicing marks, which compose
            + "かがカガぱパ\u3099\u309A゛゜ゟヿ" // kana, combining and spacing voicing marks, ligatures
            + "①㈱㍉㌔™…‐―" // circled, parenthesised and squared forms, symbols
            + "éeu\u0301\u0308ß" // Latin letters with and without combining accents
            + "漢字﨑髙"; // ideographs, one compatibility ideograph

    @Test
    void oneUnitAtATimeAndInRandomTextNfkcIsTheJdksNfkc() {
        for (int i = 0; i < TRICKY.length(); i++) {
            String one = TRICKY.substring(i, i + 1);
            assertThat(BodyIndicators.normalise(one))
                    .as("U+%04X", (int) one.charAt(0))
                    .isEqualTo(nfkc(one));
        }
        var random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            var text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
            }
            String s = text.toString();
            if (!mayBeDefanged(s)) {
                assertThat(BodyIndicators.normalise(s)).as(s).isEqualTo(nfkc(s));
            }
        }
    }

    @Test
    void halfWidthKatakanaWithVoicingMarksComposeAsTheNormaliserComposesThem() {
        assertThat(BodyIndicators.normalise("ｶﾞｲﾄﾞ　ﾊﾟｽﾜｰﾄﾞ")).isEqualTo("ガイド パスワード");
        assertThat(BodyIndicators.normalise("ＷＷＷ．ＥＸＡＭＰＬＥ．ＣＯＭ")).isEqualTo("WWW.EXAMPLE.COM");
        assertThat(BodyIndicators.normalise("か\u3099")).isEqualTo("が");
    }

    @Test
    void defangedLinksAreRestoredAfterNormalisation() {
        assertThat(BodyIndicators.normalise("hxxps://spam[.]example（.）jp/x")).isEqualTo("https://spam.example.jp/x");
        assertThat(BodyIndicators.normalise("info[@]spam[dot]test")).isEqualTo("info@spam.test");
        assertThat(BodyIndicators.normalise("料金（税込）をお支払いください")).isEqualTo("料金(税込)をお支払いください");
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static boolean mayBeDefanged(String s) {
        String n = nfkc(s);
        return n.contains("[.]") || n.contains("(.)") || n.contains("{.}") || n.contains("[:]") || n.contains("[@]");
    }
}
