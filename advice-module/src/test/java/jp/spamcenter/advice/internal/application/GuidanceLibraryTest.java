package jp.spamcenter.advice.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.spamcenter.advice.api.Guidance;
import jp.spamcenter.advice.api.Guidance.Article;
import jp.spamcenter.advice.api.Guidance.Draft;
import jp.spamcenter.advice.api.Guidance.Filled;
import jp.spamcenter.advice.api.Guidance.ForCase;
import jp.spamcenter.advice.api.Guidance.Values;
import jp.spamcenter.advice.api.GuidanceRejected;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guidance articles: the center's first articles, versions, publishing and placeholders, on a real MariaDB. */
class GuidanceLibraryTest {

    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
    private static PersistenceTests db;

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("advice", "adv_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theCentersFirstArticlesArePublishedInBothLanguages() {
        List<Article> published = library(Guidance::published);
        assertThat(published).extracting(Article::slug).contains("first-steps", "billing-fraud", "phishing");
        Article billing = published.stream()
                .filter(a -> a.slug().equals("billing-fraud"))
                .findFirst()
                .orElseThrow();
        assertThat(billing.title(Locale.JAPANESE)).contains("架空請求");
        assertThat(billing.title(Locale.ENGLISH)).contains("billing fraud");
        assertThat(billing.situation(Locale.JAPANESE)).isEqualTo("利用した覚えのないサイトの料金請求");
        assertThat(billing.situation(Locale.ENGLISH)).isEqualTo("A bill for a site the citizen never used");
        List<Article> forPhishing = library(g -> g.articles("PHISHING"));
        assertThat(forPhishing)
                .extracting(Article::slug)
                .contains("phishing", "first-steps")
                .doesNotContain("billing-fraud");
    }

    @Test
    void anArticleIsFilledForAReplyAndWhatHasNoValueStaysVisible() {
        long billing = library(g -> g.published().stream()
                .filter(a -> a.slug().equals("billing-fraud"))
                .findFirst()
                .orElseThrow()
                .id());
        Filled ja = library(
                g -> g.fill(billing, Locale.JAPANESE, new Values("AB2C-DE3F-GH4J", null, LocalDate.of(2026, 11, 24))));
        // an article is advice: the reply's greeting with the receipt number is the reply's, not the article's
        assertThat(ja.text())
                .startsWith("利用した覚えのない料金の請求には")
                .contains("2026年11月24日現在")
                .doesNotContain("{{", "受付番号", "ご相談ありがとうございます");
        assertThat(ja.unfilled()).isEmpty();

        long filters = library(g -> g.published().stream()
                .filter(a -> a.slug().equals("carrier-filters"))
                .findFirst()
                .orElseThrow()
                .id());
        Filled en = library(g -> g.fill(filters, Locale.ENGLISH, new Values("AB2C-DE3F-GH4J", null, null)));
        assertThat(en.text())
                .startsWith("The spam filter of {{carrier}} is free of charge.")
                .contains("ask at a shop of {{carrier}}")
                .doesNotContain("receipt");
        assertThat(en.unfilled()).containsExactly("carrier");
    }

    @Test
    void aCaseOfOneCitizenGetsTheReceiptNumberAndACaseOfSeveralKeepsTheirOwn() {
        var draft = new Draft(
                "receipt-reminder",
                null,
                "受付番号の案内",
                "The receipt number",
                "受付番号の案内",
                "受付番号 {{receipt}} でお問い合わせください。",
                "Your receipt number",
                "Quote {{receipt}} when you write to us.");
        long article = library(g -> {
            Article saved = g.save(null, draft, "editor");
            return g.publish(saved.id(), saved.latestVersion(), "editor").id();
        });
        var alone = new ComplaintReceived(701, "AB2C-DE3F-GH4K", "alone", "13", T0, "OTHER");
        db.run(em -> CaseOpening.open(em, alone, T0));
        String campaign = "7ece1p7ece1p7ece1p7ece1p";
        db.run(em -> CaseOpening.openAll(
                em,
                List.of(
                        new ComplaintReceived(
                                702, ReceiptNumber.random().value(), "many", "13", T0, "OTHER", campaign, false),
                        new ComplaintReceived(
                                703, ReceiptNumber.random().value(), "many", "13", T0, "OTHER", campaign, false)),
                T0));
        long one = db.inTransaction(
                em -> new CaseRepository(em).answering(701).orElseThrow().id());
        long several = db.inTransaction(
                em -> new CaseRepository(em).answering(702).orElseThrow().id());

        ForCase forOne = library(g -> g.fillForCase(article, Locale.ENGLISH, one, null, null));
        assertThat(forOne.text()).isEqualTo("Quote AB2C-DE3F-GH4K when you write to us.");
        assertThat(forOne.greetingReceipt()).isEqualTo("AB2C-DE3F-GH4K");
        assertThat(forOne.receiptPerCitizen()).isFalse();
        assertThat(forOne.unfilled()).isEmpty();

        ForCase forSeveral = library(g -> g.fillForCase(article, Locale.JAPANESE, several, null, null));
        assertThat(forSeveral.text()).isEqualTo("受付番号 {{receipt}} でお問い合わせください。");
        assertThat(forSeveral.greetingReceipt()).isEqualTo("{{receipt}}");
        assertThat(forSeveral.receiptPerCitizen()).isTrue();
        assertThat(forSeveral.articleKeepsReceipt()).isTrue();
        assertThat(forSeveral.unfilled())
                .as("each citizen's own number is filled when sent")
                .isEmpty();
        var noCase = catchThrowableOfType(
                GuidanceRejected.class,
                () -> library(g -> g.fillForCase(article, Locale.ENGLISH, 999_999, null, null)));
        assertThat(noCase.code()).isEqualTo("noCase");
    }

    @Test
    void editsAreNewVersionsAndOnlyThePublishedOneIsUsed() {
        var draft = new Draft(
                "sms-spam",
                "OTHER",
                "SMSの迷惑メッセージ",
                "SMS spam",
                "SMSの迷惑メッセージ",
                "受付番号 {{receipt}}。リンクを開かないでください。",
                "Spam by SMS",
                "Receipt {{receipt}}. Do not open the link.");
        Article saved = library(g -> g.save(null, draft, "editor"));
        assertThat(saved.latestVersion()).isEqualTo(1);
        assertThat(saved.publishedVersion()).isNull();
        var unpublished = catchThrowableOfType(
                GuidanceRejected.class,
                () -> library(g -> g.fill(saved.id(), Locale.ENGLISH, new Values("R", null, null))));
        assertThat(unpublished.code()).isEqualTo("notPublished");

        library(g -> g.publish(saved.id(), 1, "editor"));
        var second = new Draft(
                "sms-spam",
                "OTHER",
                "SMSの迷惑メッセージ",
                "SMS spam",
                "SMSの迷惑メッセージ",
                "受付番号 {{receipt}}。URLを押さないでください。",
                "Spam by SMS",
                "Receipt {{receipt}}. Do not tap the URL.");
        Article edited = library(g -> g.save(saved.id(), second, "editor"));
        assertThat(edited.latestVersion()).isEqualTo(2);
        assertThat(edited.publishedVersion()).isEqualTo(1);
        Filled stillFirst = library(g -> g.fill(saved.id(), Locale.ENGLISH, new Values("R", null, null)));
        assertThat(stillFirst.text()).isEqualTo("Receipt R. Do not open the link.");

        library(g -> g.publish(saved.id(), 2, "editor"));
        Filled now = library(g -> g.fill(saved.id(), Locale.ENGLISH, new Values("R", null, null)));
        assertThat(now.text()).isEqualTo("Receipt R. Do not tap the URL.");
        List<Guidance.Version> versions = library(g -> g.versions(saved.id()));
        assertThat(versions).extracting(Guidance.Version::version).containsExactly(2, 1);
    }

    @Test
    void badEditsAreRefusedWithTheirReason() {
        var unknown = new Draft("typo", null, "x", "x", "題", "{{reciept}} です", "Title", "text");
        assertThat(catchThrowableOfType(GuidanceRejected.class, () -> library(g -> g.save(null, unknown, "editor")))
                        .code())
                .isEqualTo("placeholder");
        var noEnglish = new Draft("half", null, "x", "x", "題", "本文", " ", "text");
        assertThat(catchThrowableOfType(GuidanceRejected.class, () -> library(g -> g.save(null, noEnglish, "editor")))
                        .code())
                .isEqualTo("title");
        var taken = new Draft("first-steps", null, "x", "x", "題", "本文", "Title", "text");
        assertThat(catchThrowableOfType(GuidanceRejected.class, () -> library(g -> g.save(null, taken, "editor")))
                        .code())
                .isEqualTo("slugTaken");
    }

    private static <T> T library(Function<GuidanceLibrary, T> action) {
        return db.inTransaction(em -> {
            var library = new GuidanceLibrary();
            library.em = em;
            library.clock = CenterTime.system();
            return action.apply(library);
        });
    }
}
