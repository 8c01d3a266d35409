package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.AnalysisResult.BrandFinding;
import jp.spamcenter.complaint.api.AnalysisResult.CategoryFinding;
import org.junit.jupiter.api.Test;

class BrandCheckTest {

    private static final BrandCheck BRANDS = BrandCheck.bundled();
    private static final CategoryFinding NOTHING = new CategoryFinding("OTHER", List.of());
    private final MessageAnalyzer analyzer = new MessageAnalyzer();

    private static BrandFinding find(String displayName, String subject, String text, String sender, String... links) {
        return BRANDS.find(displayName, subject, text, sender, List.of(links), NOTHING);
    }

    private static String lookalike(String domain, String brandCode, boolean named) {
        int brand =
                BRANDS.brands().stream().map(BrandCheck.Brand::code).toList().indexOf(brandCode);
        return BRANDS.lookalikes(domain, named ? java.util.Set.of(brand) : java.util.Set.of())
                .get(brand);
    }

    @Test
    void theTableHoldsAboutFiftyBrandsOfEveryKindWithTheirDomainsOnThePublicSuffixList() {
        assertThat(BRANDS.brands()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(BRANDS.brands())
                .extracting(BrandCheck.Brand::kind)
                .contains("CARD", "SHOP", "BANK", "UTILITY", "CARRIER", "GOVERNMENT", "DELIVERY");
        var codes = new HashSet<String>();
        for (var brand : BRANDS.brands()) {
            assertThat(codes.add(brand.code())).as("unique " + brand.code()).isTrue();
            assertThat(brand.names()).as(brand.code()).isNotEmpty();
            assertThat(brand.tokens()).as(brand.code()).isNotEmpty();
            for (String domain : brand.domains()) {
                assertThat(RegistrableDomain.of(domain))
                        .as(brand.code() + ": " + domain + " is a registrable domain")
                        .isIn(brand.domains());
            }
        }
    }

    @Test
    void aShopsAccountSuspensionWithALookalikeLinkIsPhishingWithItsEvidence() {
        AnalysisResult result = mail(
                "Amazon.co.jp",
                "info@mail-amazon-jp.xyz",
                "【重要】お客様のアカウントが一時停止されました",
                "お客様のアカウントは一時的に利用できない状態になっております。\r\n"
                        + "下記より情報の更新をお願いいたします。\r\n"
                        + "https://amazon-co-jp.security-check.top/ap/signin");

        assertThat(result.category().code()).isEqualTo("PHISHING");
        assertThat(result.brand().code()).isEqualTo("AMAZON");
        assertThat(result.brand().kind()).isEqualTo("SHOP");
        assertThat(result.brand().impersonated()).isTrue();
        assertThat(result.brand().evidence())
                .contains("names Amazon as the sender: \"Amazon.co.jp\"")
                .contains("links to amazon-co-jp.security-check.top, not a domain of Amazon")
                .anyMatch(e -> e.startsWith("amazon-co-jp.security-check.top looks like Amazon: amazon inside"));
        assertThat(result.category().evidence()).anyMatch(e -> e.contains("not a domain of Amazon"));
    }

    @Test
    void theBrandsOwnNewsletterIsNotPhishing() {
        var own = find(
                "Amazon.co.jp",
                "Amazonタイムセール祭り開催中",
                "詳しくは https://www.amazon.co.jp/events",
                "amazon.co.jp",
                "www.amazon.co.jp",
                "m.media-amazon.com");
        assertThat(own.code()).isEqualTo("AMAZON");
        assertThat(own.impersonated()).isFalse();
        assertThat(BrandCheck.category(NOTHING, own, "OTHER").code()).isEqualTo("OTHER");
    }

    @Test
    void aGiftCardOfferedInADatingSpamNamesTheBrandWithoutImpersonatingIt() {
        var dating = BRANDS.find(
                "ゆみ",
                "今夜会えませんか",
                "登録するだけでAmazonギフト券5000円分プレゼント https://deai-love.example/",
                "deai-love.example",
                List.of("deai-love.example"),
                new CategoryFinding("DATING", List.of("出会い")));
        assertThat(dating.code()).isEqualTo("AMAZON");
        assertThat(dating.impersonated()).isFalse();
    }

    @Test
    void anSmsThatOpensWithTheBrandsTagAndLinksElsewhereIsPhishing() {
        var sms = find(
                null,
                null,
                "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。" + " http://sagawa-xm.duckdns.org/",
                null,
                "sagawa-xm.duckdns.org");
        assertThat(sms.code()).isEqualTo("SAGAWA");
        assertThat(sms.kind()).isEqualTo("DELIVERY");
        assertThat(sms.impersonated()).isTrue();
        assertThat(sms.evidence()).contains("names Sagawa Express as the sender: \"佐川急便\"");
    }

    @Test
    void lookalikesByHyphenTypoHomographAndPunycode() {
        assertThat(lookalike("rakuten-card.jp-secure.com", "RAKUTEN_CARD", false))
                .contains("inside another domain");
        assertThat(lookalike("www.amazon.co.jp.verify-account.cn", "AMAZON", false))
                .contains("amazon inside another domain");
        assertThat(lookalike("rakutem-login.com", "RAKUTEN", false)).contains("rakutem is a misspelling of rakuten");
        assertThat(lookalike("amaz0n-jp.com", "AMAZON", false)).contains("amaz0n is amazon with look-alike characters");
        assertThat(lookalike("arnazon.co.jp", "AMAZON", false)).contains("look-alike characters");
        // Cyrillic а in place of the Latin a, written as punycode
        String punycode = java.net.IDN.toASCII("\u0430mazon.com");
        assertThat(punycode).startsWith("xn--");
        assertThat(lookalike(punycode, "AMAZON", false))
                .contains(punycode + " (\u0430mazon.com)")
                .contains("with letters of another script");
        assertThat(lookalike("\u0430mazon.com", "AMAZON", false)).contains("another script");
    }

    @Test
    void theBrandsOwnDomainsAndInnocentNamesAreNotLookalikes() {
        assertThat(lookalike("www.amazon.co.jp", "AMAZON", true)).isNull();
        assertThat(lookalike("vpass.ne.jp", "SMBC_CARD", true)).isNull();
        assertThat(lookalike("jp-bank.japanpost.jp", "YUCHO", true)).isNull();
        // a shop called Yamato is not Yamato Transport unless the message claims to be it
        assertThat(lookalike("yamato-shoten.co.jp", "YAMATO", false)).isNull();
        assertThat(lookalike("yamato-shoten.co.jp", "YAMATO", true)).contains("inside another domain");
        // short tokens only as a whole part, and only for a brand the message names
        assertThat(lookalike("online-shop.example", "LINE", true)).isNull();
        assertThat(lookalike("line-support.example", "LINE", false)).isNull();
        assertThat(lookalike("line-support.example", "LINE", true)).contains("line inside another domain");
        assertThat(lookalike("pineapple.example", "APPLE", false)).isNull();
    }

    @Test
    void namesAreFoundAsWordsNotInsideOtherWordsAddressesOrLinks() {
        assertThat(find(null, "Your online order", "Sign in at https://line.me.example/", null))
                .isNull();
        assertThat(find(null, null, "お問い合わせ: support@amazon-help.example", null))
                .isNull();
        assertThat(find(null, "Your Apple ID was locked.", "", null).code()).isEqualTo("APPLE");
        // the longest spelling wins: 楽天カード is the card company, not the shop
        assertThat(find(null, "【楽天カード】ご利用確認のお願い", "", null).code()).isEqualTo("RAKUTEN_CARD");
        assertThat(find(null, "LINEアカウントの認証", "", null).code()).isEqualTo("LINE");
    }

    @Test
    void oneEditApart() {
        assertThat(BrandCheck.oneEditApart("rakuten", "rakuten")).isFalse();
        assertThat(BrandCheck.oneEditApart("rakutem", "rakuten")).isTrue();
        assertThat(BrandCheck.oneEditApart("rakuen", "rakuten")).isTrue();
        assertThat(BrandCheck.oneEditApart("rakutenn", "rakuten")).isTrue();
        assertThat(BrandCheck.oneEditApart("rakuetn", "rakuten")).isTrue();
        assertThat(BrandCheck.oneEditApart("rkauetn", "rakuten")).isFalse();
    }

    /** A plain UTF-8 mail from the display name and address, analysed. */
    private AnalysisResult mail(String displayName, String address, String subject, String text) {
        String mail = "From: =?UTF-8?B?" + b64(displayName) + "?= <" + address + ">\r\n"
                + "Subject: =?UTF-8?B?" + b64(subject) + "?=\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + text + "\r\n";
        return analyzer.analyse(mail.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(String s) {
        return java.util.Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anSmsThatSaysWhoItIsFromClaimsThatSender() {
        assertThat(BrandCheck.leadingTag("日本郵便です。お届け先住所に不備があります")).isEqualTo("日本郵便");
        assertThat(BrandCheck.leadingTag("郵便局からのお知らせ：配達できなかった郵便物があります")).isEqualTo("郵便局");
        assertThat(BrandCheck.leadingTag("お客様のアカウントは停止されました")).isNull();

        AnalysisResult sms = analyzer.analyse(jp.spamcenter.complaint.internal.domain.ReportedMessage.of(
                "", "日本郵便です。お荷物を保管しています。住所を更新してください https://post-japan.xyz/a"));
        assertThat(sms.brand().code()).isEqualTo("JAPAN_POST");
        assertThat(sms.brand().impersonated()).isTrue();
        assertThat(sms.brand().evidence()).contains("names Japan Post as the sender: \"日本郵便\"");
        assertThat(sms.category().code()).isEqualTo("PHISHING");
    }

    @Test
    void aBrandsOwnMailAskingToLogInIsNotPhishing() {
        AnalysisResult result = mail(
                "楽天トラベル",
                "travel@rakuten.co.jp",
                "冬の旅行スーパーSALE",
                "楽天トラベルをご利用いただきありがとうございます。ログインしてクーポンを獲得してください。\r\n" + "https://travel.rakuten.co.jp/sale/");

        assertThat(result.brand().code()).isEqualTo("RAKUTEN");
        assertThat(result.brand().impersonated()).isFalse();
        assertThat(result.category().code()).isEqualTo("OTHER");
        assertThat(result.category().evidence())
                .contains("sent from and linking to domains of Rakuten Ichiba: rakuten.co.jp, travel.rakuten.co.jp");
    }
}
