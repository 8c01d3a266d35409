package jp.spamcenter.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.spamcenter.complaint.api.Campaigns;
import jp.spamcenter.reporting.api.Statistics;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.Statistics.Filter;
import jp.spamcenter.web.pages.shared.FigureLabels;
import jp.spamcenter.web.print.MonthlyReportPdf;
import jp.spamcenter.web.staff.StaffRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Managers' downloads of every table the dashboard shows, as CSV or XLSX
 * ({@code /api/v1/statistics/{table}.csv|.xlsx?from=&to=&filter=&lang=}): a breakdown by any dimension, the
 * service targets by month, referral outcomes and destinations, rising campaigns; and the monthly report as PDF
 * ({@code /api/v1/statistics/monthly-report/{month}.pdf?lang=ja|en}). All from the rollups.
 */
@Path("v1/statistics")
@RequestScoped
public class StatisticsResource {

    @Inject
    jp.spamcenter.complaint.api.PhishingUrls phishing;

    private static final int ROWS = 10_000;
    private static final String TABLES =
            "category, country, channel, intake, prefecture, duty, campaign, total, service, referrals, destinations"
                    + " or rising";

    @Inject
    Statistics statistics;

    @Inject
    Campaigns campaigns;

    /**
     * A table to download: a name for the file and the sheet, column headings in the asked language, rows of
     * text and numbers. Codes (a country's ISO code, a category's name) stay in a column of their own beside
     * their words, so that a table can be joined with another year's whatever the language.
     */
    record FigureTable(String name, List<String> columns, List<List<Object>> rows) {}

    /** The headings of columns, in a language: {@code export.column.<key>} of the pages' texts. */
    private static List<String> headings(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys)
                .map(key -> FigureLabels.text(locale, "export.column." + key))
                .toList();
    }

    @GET
    @Path("{table}.csv")
    @RolesAllowed(StaffRole.MANAGER_NAME)
    public Response csv(
            @PathParam("table") String table,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("filter") String filter,
            @QueryParam("lang") String lang) {
        return download(table, from, to, filter, lang, ".csv", figures -> {
            var out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // Excel reads UTF-8 by its BOM
            try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
                printer.printRecord(figures.columns());
                for (List<Object> row : figures.rows()) {
                    printer.printRecord(row.stream().map(CsvCells::neutral).toList());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Response.ok(out.toByteArray(), "text/csv; charset=UTF-8");
        });
    }

    @GET
    @Path("{table}.xlsx")
    @RolesAllowed(StaffRole.MANAGER_NAME)
    public Response xlsx(
            @PathParam("table") String table,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("filter") String filter,
            @QueryParam("lang") String lang) {
        return download(table, from, to, filter, lang, ".xlsx", figures -> {
            try (var book = new XSSFWorkbook();
                    var out = new ByteArrayOutputStream()) {
                var sheet = book.createSheet(figures.name());
                var header = sheet.createRow(0);
                for (int c = 0; c < figures.columns().size(); c++) {
                    header.createCell(c).setCellValue(figures.columns().get(c));
                }
                int r = 1;
                for (List<Object> values : figures.rows()) {
                    var row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else {
                            row.createCell(c).setCellValue(value == null ? "" : value.toString());
                        }
                    }
                }
                for (int c = 0; c < figures.columns().size(); c++) {
                    sheet.autoSizeColumn(c);
                }
                book.write(out);
                return Response.ok(
                        out.toByteArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GET
    @Path("monthly-report/{month}.pdf")
    @RolesAllowed(StaffRole.MANAGER_NAME)
    public Response monthlyReport(@PathParam("month") String month, @QueryParam("lang") String lang) {
        YearMonth period;
        try {
            period = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "month", "Not a month", "Use the form 2026-11.");
        }
        Locale locale = locale(lang);
        byte[] pdf = MonthlyReportPdf.of(
                statistics,
                period,
                locale,
                (d, v) -> FigureLabels.label(d, v, locale),
                phishing.counts(
                        period.atDay(1)
                                .atStartOfDay(jp.spamcenter.complaint.api.CenterTime.ZONE)
                                .toInstant(),
                        period.plusMonths(1)
                                .atDay(1)
                                .atStartOfDay(jp.spamcenter.complaint.api.CenterTime.ZONE)
                                .toInstant()));
        return Response.ok(pdf, "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"spam-report-" + period + "-" + locale.getLanguage() + ".pdf\"")
                .build();
    }

    private Response download(
            String table,
            String from,
            String to,
            String filterKey,
            String lang,
            String extension,
            Function<FigureTable, Response.ResponseBuilder> format) {
        LocalDate first;
        LocalDate last;
        Filter filter;
        try {
            first = LocalDate.parse(from);
            last = LocalDate.parse(to);
            filter = Filter.parse(filterKey);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "statistics-query",
                    "Not a statistics query",
                    "Use /api/v1/statistics/{table}.csv?from=2026-11-01&to=2026-11-30, optionally with"
                            + " &filter=CHANNEL:SMS (or CATEGORY:PHISHING, COUNTRY:CN); tables: " + TABLES + ".");
        }
        if (first.isAfter(last)) {
            return Problem.response(Response.Status.BAD_REQUEST, "period", "Empty period", "from is after to.");
        }
        Locale locale = locale(lang);
        FigureTable figures = table(table.toLowerCase(Locale.ROOT), filter, first, last, locale);
        if (figures == null) {
            return Problem.response(
                    Response.Status.NOT_FOUND, "statistics-table", "No such table", "Tables: " + TABLES + ".");
        }
        String name = figures.name() + "-" + first + "-" + last
                + (filter.none()
                        ? ""
                        : "-" + filter.dimension().name().toLowerCase(Locale.ROOT) + "-" + filter.value());
        return format.apply(figures)
                .header("Content-Disposition", "attachment; filename=\"" + name + extension + "\"")
                .build();
    }

    private FigureTable table(String name, Filter filter, LocalDate from, LocalDate to, Locale locale) {
        switch (name) {
            case "service" -> {
                var rows = new ArrayList<List<Object>>();
                for (var month : statistics.monthlyService(YearMonth.from(from), YearMonth.from(to))) {
                    var f = month.figures();
                    rows.add(List.of(
                            month.month().toString(),
                            f.opened(),
                            f.answered(),
                            f.answeredInTime(),
                            f.closed(),
                            f.closedInTime(),
                            f.stillOpen(),
                            hours(f.averageResponseHours()),
                            hours(f.averageResolutionHours()),
                            f.closedInPeriod()));
                }
                return new FigureTable(
                        name,
                        headings(
                                locale,
                                "month",
                                "opened",
                                "answered",
                                "answeredInTime",
                                "closed",
                                "closedInTime",
                                "stillOpen",
                                "averageResponseHours",
                                "averageResolutionHours",
                                "closedInMonth"),
                        rows);
            }
            case "referrals" -> {
                return new FigureTable(
                        name,
                        headings(locale, "kindCode", "kind", "state", "outcome", "referrals"),
                        statistics.referralOutcomes(from, to).stream()
                                .map(o -> List.<Object>of(
                                        o.kind().name(),
                                        FigureLabels.text(locale, "referral.kind." + o.kind()),
                                        FigureLabels.text(locale, "referral.state." + o.state()),
                                        o.outcome() == null
                                                ? ""
                                                : FigureLabels.text(locale, "referral.outcome." + o.outcome()),
                                        o.referrals()))
                                .toList());
            }
            case "destinations" -> {
                return new FigureTable(
                        name,
                        headings(locale, "kindCode", "kind", "destination", "referrals"),
                        statistics.referralDestinations(from, to, ROWS).stream()
                                .map(d -> List.<Object>of(
                                        d.kind().name(),
                                        FigureLabels.text(locale, "referral.kind." + d.kind()),
                                        d.destination(),
                                        d.referrals()))
                                .toList());
            }
            case "rising" -> {
                var rising = statistics.risingCampaigns(filter, to, 100);
                var profiles = campaigns.describe(
                        rising.stream().map(Statistics.Rising::campaignKey).toList());
                return new FigureTable(
                        name,
                        headings(
                                locale,
                                "campaign",
                                "subject",
                                "senderDomain",
                                "firstReported",
                                "lastReported",
                                "last7Days",
                                "sevenDaysBefore"),
                        rising.stream()
                                .map(r -> {
                                    var profile = profiles.get(r.campaignKey());
                                    return List.<Object>of(
                                            r.campaignKey(),
                                            profile == null || profile.subject() == null ? "" : profile.subject(),
                                            profile == null || profile.senderDomain() == null
                                                    ? ""
                                                    : profile.senderDomain(),
                                            profile == null ? "" : day(profile.firstSeen()),
                                            profile == null ? "" : day(profile.lastSeen()),
                                            r.thisWeek(),
                                            r.weekBefore());
                                })
                                .toList());
            }
            default -> {
                Dimension dimension;
                try {
                    dimension = Dimension.valueOf(name.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    return null;
                }
                return new FigureTable(
                        name,
                        List.of(
                                java.text.MessageFormat.format(
                                        FigureLabels.text(locale, "export.column.code"),
                                        FigureLabels.text(locale, "dimension." + dimension)),
                                FigureLabels.text(locale, "dimension." + dimension),
                                FigureLabels.text(locale, "export.column.complaints")),
                        statistics.breakdown(filter, dimension, from, to, ROWS).stream()
                                .map(c -> List.<Object>of(
                                        c.value(), FigureLabels.label(dimension, c.value(), locale), c.complaints()))
                                .toList());
            }
        }
    }

    /** The day of an instant on the center's clock (Japan), as ISO text. */
    private static String day(java.time.Instant instant) {
        return instant.atZone(jp.spamcenter.complaint.api.CenterTime.ZONE)
                .toLocalDate()
                .toString();
    }

    /** Hours with one decimal, or empty when there was nothing to measure. */
    private static Object hours(double hours) {
        return hours < 0 ? "" : Math.round(hours * 10) / 10.0;
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.JAPANESE;
    }
}
