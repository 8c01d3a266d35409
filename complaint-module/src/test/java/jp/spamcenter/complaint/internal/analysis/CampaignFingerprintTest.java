package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CampaignFingerprintTest {

    private static String key(String subject, String text) {
        return CampaignFingerprint.of(subject, BodyIndicators.normalise(text));
    }

    @Test
    void namesBeforeHonorificsAndAfterGreetingsDoNotSplitACampaign() {
        String template = "%s\n有料動画サイトの利用料金が未払いとなっております。\nDear %s, please pay today.";
        assertThat(key("【重要】", template.formatted("山田太郎様", "Taro Yamada")))
                .isEqualTo(key("【重要】", template.formatted("佐藤 花子 さん", "Hanako Sato")))
                .isEqualTo(key("【重要】", template.formatted("鈴木さま", "Mr. Suzuki")));
    }

    @Test
    void trackingIdsNumbersAddressesAndUrlPathsDoNotSplitACampaign() {
        String template = "Your parcel %s is waiting. Pay %s yen at %s or write to %s today.";
        assertThat(key(
                        "Parcel notice",
                        template.formatted(
                                "JP8f3a9c21d7",
                                "1200",
                                "https://pay.example.test/u/83746?t=a9f8",
                                "a.b+1@mail.example.test")))
                .isEqualTo(key(
                        "Parcel notice",
                        template.formatted(
                                "JP00c1d2e3f4",
                                "980",
                                "https://pay.example.test/u/11?t=zz",
                                "someone@mail.example.test")));
    }

    @Test
    void theSameCampaignFromFullWidthAndDefangedCopies() {
        assertThat(key("Win", "Claim at hxxps://prize[.]example.test/claim now"))
                .isEqualTo(key("Win", "Claim at https://prize.example.test/claim/988 now"));
        assertThat(key("Win", "ＣＬＡＩＭ ＮＯＷ")).isEqualTo(key("WIN", "claim now"));
    }

    @Test
    void differentSendersOrTextsAreDifferentCampaigns() {
        String text = "Pay now at https://%s/pay";
        assertThat(key("Notice", text.formatted("pay.example.test")))
                .isNotEqualTo(key("Notice", text.formatted("other.example.test")));
        assertThat(key("Notice", "Your account is locked")).isNotEqualTo(key("Notice", "Your parcel is waiting"));
        assertThat(key("Notice", "write to info@one.example.test"))
                .isNotEqualTo(key("Notice", "write to info@two.example.test"));
    }

    @Test
    void aKeyIsShortHex() {
        assertThat(key(null, "")).matches("[0-9a-f]{24}");
    }
}
