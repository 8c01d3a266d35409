package jp.spamcenter.web.print;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import jp.spamcenter.reporting.api.Statistics;
import jp.spamcenter.reporting.api.Statistics.Count;
import jp.spamcenter.reporting.api.Statistics.Dimension;

/**
 * The monthly report the center publishes: reports in the month with the change on the month before and on the
 * same month a year before, by category and the top ten origin countries, by channel; in Japanese or English.
 * Read from the rollups only.
 */
public final class MonthlyReportPdf {

    private MonthlyReportPdf() {}

    /** {@code label} names a value of a dimension in the report's language. */
    public static byte[] of(
            Statistics statistics, YearMonth month, Locale locale, BiFunction<Dimension, String, String> label) {
        return of(statistics, month, locale, label, null);
    }

    /** With the month's distinct phishing links and hosts ({@code links}; none given, the report leaves them out). */
    public static byte[] of(
            Statistics statistics,
            YearMonth month,
            Locale locale,
            BiFunction<Dimension, String, String> label,
            jp.spamcenter.complaint.api.PhishingUrls.Counts links) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        YearMonth before = month.minusMonths(1);
        YearMonth yearBefore = month.minusYears(1);
        String title = english
                ? "Spam reports, " + month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                        + " " + month.getYear()
                : month.getYear() + "年" + month.getMonthValue() + "月の迷惑メール情報提供の状況";
        try (var pdf = new PrintedDocument(title, english ? "Spam Complaint and Consultation Center" : "迷惑メール相談センター")) {
            pdf.title(title);
            long total = total(statistics, month);
            long totalBefore = total(statistics, before);
            long totalYearBefore = total(statistics, yearBefore);
            pdf.heading(english ? "Reports" : "情報提供の件数")
                    .table(
                            english
                                    ? List.of("This month", "Month before", "Change", "A year before", "Change")
                                    : List.of("当月", "前月", "前月比", "前年同月", "前年同月比"),
                            List.of(List.of(
                                    number(total),
                                    number(totalBefore),
                                    change(total, totalBefore),
                                    number(totalYearBefore),
                                    change(total, totalYearBefore))),
                            new float[] {0.2f, 0.2f, 0.2f, 0.2f, 0.2f});
            section(pdf, statistics, Dimension.CATEGORY, english ? "By category" : "分類別", month, 20, label, english);
            phishing(pdf, statistics, month, label, english, links);
            section(
                    pdf,
                    statistics,
                    Dimension.COUNTRY,
                    english ? "Top 10 origin countries" : "送信元の国・地域（上位10）",
                    month,
                    10,
                    label,
                    english);
            section(pdf, statistics, Dimension.CHANNEL, english ? "By channel" : "受信経路別", month, 10, label, english);
            pdf.paragraph(
                    english
                            ? "Reports received by the center in the month (Japan time). The origin country is that of the"
                                    + " first relay outside the receiving networks; \"unknown\" where the message did not show it."
                                    + " Countries: ip-location-db (NRO, CC BY 4.0; iptoasn, PDDL 1.0) and IP Geolocation by"
                                    + " DB-IP (db-ip.com, CC BY 4.0)."
                            : "当月（日本時間）にセンターが受け付けた情報提供の件数です。送信元の国・地域は、受信側のネットワーク外で最初に"
                                    + "中継した機器のIPアドレスによります。判別できないものは「不明」としています。"
                                    + "国・地域のデータ：ip-location-db（NRO、CC BY 4.0／iptoasn、PDDL 1.0）、IP Geolocation by DB-IP"
                                    + "（db-ip.com、CC BY 4.0）。");
            return pdf.toBytes();
        }
    }

    /**
     * Phishing in the shape of the Council of Anti-Phishing Japan's monthly report: the reports, how many brands
     * were abused, the brands, and the brands' kinds.
     */
    private static void phishing(
            PrintedDocument pdf,
            Statistics statistics,
            YearMonth month,
            BiFunction<Dimension, String, String> label,
            boolean english,
            jp.spamcenter.complaint.api.PhishingUrls.Counts links) {
        long phishing =
                find(statistics.breakdown(Dimension.CATEGORY, month.atDay(1), month.atEndOfMonth(), 1000), "PHISHING");
        List<Count> brands = statistics.breakdown(Dimension.BRAND, month.atDay(1), month.atEndOfMonth(), 1000);
        long impersonating = brands.stream().mapToLong(Count::complaints).sum();
        var headings = new ArrayList<>(
                english
                        ? List.of("Phishing reports", "Naming an abused brand", "Brands abused")
                        : List.of("フィッシングの情報提供", "うちブランドをかたるもの", "かたられたブランド数"));
        var values = new ArrayList<>(List.of(number(phishing), number(impersonating), number(brands.size())));
        if (links != null) {
            headings.addAll(english ? List.of("Unique URLs", "Unique hosts") : List.of("URL数（重複除く）", "ホスト数（重複除く）"));
            values.addAll(List.of(number(links.urls()), number(links.hosts())));
        }
        float[] widths = new float[headings.size()];
        java.util.Arrays.fill(widths, 1f / headings.size());
        pdf.heading(english ? "Phishing" : "フィッシング").table(headings, List.of(values), widths);
        section(
                pdf,
                statistics,
                Dimension.BRAND,
                english ? "Abused brands (top 20)" : "かたられたブランド（上位20）",
                month,
                20,
                label,
                english);
        var kinds = new java.util.LinkedHashMap<String, Long>();
        jp.spamcenter.complaint.api.BrandNames.KINDS.forEach(k -> kinds.put(k, 0L));
        for (Count c : brands) {
            jp.spamcenter.complaint.api.BrandNames.of(c.value())
                    .ifPresent(b -> kinds.merge(b.kind(), c.complaints(), Long::sum));
        }
        var rows = new ArrayList<List<String>>();
        kinds.forEach((kind, n) -> rows.add(List.of(
                jp.spamcenter.web.pages.shared.FigureLabels.text(
                        english ? Locale.ENGLISH : Locale.JAPANESE, "brand.kind." + kind),
                number(n),
                impersonating == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / impersonating))));
        pdf.heading(english ? "Abused brands by kind" : "かたられたブランドの業種")
                .table(english ? List.of("", "Reports", "Share") : List.of("", "件数", "割合"), rows, new float[] {
                    0.5f, 0.25f, 0.25f
                });
    }

    private static void section(
            PrintedDocument pdf,
            Statistics statistics,
            Dimension dimension,
            String heading,
            YearMonth month,
            int limit,
            BiFunction<Dimension, String, String> label,
            boolean english) {
        List<Count> now = statistics.breakdown(dimension, month.atDay(1), month.atEndOfMonth(), limit);
        var before = statistics.breakdown(
                dimension, month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth(), 1000);
        var yearBefore = statistics.breakdown(
                dimension, month.minusYears(1).atDay(1), month.minusYears(1).atEndOfMonth(), 1000);
        var rows = new ArrayList<List<String>>();
        for (Count c : now) {
            long b = find(before, c.value());
            long y = find(yearBefore, c.value());
            rows.add(List.of(
                    label.apply(dimension, c.value()),
                    number(c.complaints()),
                    change(c.complaints(), b),
                    change(c.complaints(), y)));
        }
        pdf.heading(heading)
                .table(
                        english
                                ? List.of("", "Reports", "Change on month before", "Change on a year before")
                                : List.of("", "件数", "前月比", "前年同月比"),
                        rows,
                        new float[] {0.4f, 0.2f, 0.2f, 0.2f});
    }

    private static long total(Statistics statistics, YearMonth month) {
        return statistics.breakdown(Dimension.TOTAL, month.atDay(1), month.atEndOfMonth(), 1).stream()
                .mapToLong(Count::complaints)
                .sum();
    }

    private static long find(List<Count> counts, String value) {
        return counts.stream()
                .filter(c -> c.value().equals(value))
                .mapToLong(Count::complaints)
                .sum();
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "+12.5%", "−3.0%", or "—" when there was nothing to compare with. */
    static String change(long now, long then) {
        if (then == 0) {
            return "—";
        }
        double percent = 100.0 * (now - then) / then;
        return (percent >= 0 ? "+" : "−") + String.format(Locale.ROOT, "%.1f%%", Math.abs(percent));
    }
}
