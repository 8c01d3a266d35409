package jp.spamcenter.complaint.internal.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsRedactionTest {

    @Test
    void theNamesASmishingTextGreetsItsVictimByAreTakenOut() {
        assertThat(SmsRedaction.redact("山田太郎様、お荷物をお届けに伺いましたが不在でした")).isEqualTo("〔受信者名〕様、お荷物をお届けに伺いましたが不在でした");
        assertThat(SmsRedaction.redact("【重要】タナカ サトシ様の口座を凍結しました")).isEqualTo("【重要】〔受信者名〕様の口座を凍結しました");
        assertThat(SmsRedaction.redact("Sato Hanako さん 未納料金があります")).isEqualTo("〔受信者名〕 さん 未納料金があります");
    }

    @Test
    void genericGreetingsAndTheEvidenceStay() {
        String text =
                "【佐川急便】お客様宛にお荷物のお届けにあがりました。ご契約者様は http://sagawa-xm.duckdns.org/" + " から確認してください。会員様へ 0120-000-111";
        assertThat(SmsRedaction.redact(text)).isEqualTo(text);
        assertThat(SmsRedaction.redact("ご利用のお客様へ、皆様のポイントが失効します")).isEqualTo("ご利用のお客様へ、皆様のポイントが失効します");
    }

    @Test
    void anEmailAddressInTheTextIsTakenOut() {
        assertThat(SmsRedaction.redact("hanako@example.jp のアカウントが停止されました"))
                .isEqualTo(RecipientRedaction.REDACTED + " のアカウントが停止されました");
        assertThat(SmsRedaction.redact(null)).isEmpty();
    }
}
