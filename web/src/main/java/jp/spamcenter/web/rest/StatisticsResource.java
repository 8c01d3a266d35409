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
import java.util.List;
import java.util.Locale;
import jp.spamcenter.reporting.api.Statistics;
import jp.spamcenter.reporting.api.Statistics.Count;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.web.pages.FigureLabels;
import jp.spamcenter.web.print.MonthlyReportPdf;
import jp.spamcenter.web.staff.StaffRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Managers' downloads: any breakdown as CSV or XLSX ({@code /api/v1/statistics/{dimension}.csv|.xlsx?from=&to=}),
 * and the monthly report as PDF ({@code /api/v1/statistics/monthly-report/{month}.pdf?lang=ja|en}), all from
 * the rollups.
 */
@Path("v1/statistics")
@RequestScoped
public class StatisticsResource {

    private static final int ROWS = 10_000;

    @Inject
    Statistics statistics;

    @GET
    @Path("{dimension}.csv")
    @RolesAllowed(StaffRole.MANAGER_NAME)
    public Response csv(
            @PathParam("dimension") String dimension,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("lang") String lang) {
        return table(dimension, from, to, lang, ".csv", (d, rows, locale) -> {
            var out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // Excel reads UTF-8 by its BOM
            try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
                printer.printRecord(d.name().toLowerCase(Locale.ROOT), "label", "complaints");
                for (Count c : rows) {
                    printer.printRecord(c.value(), FigureLabels.label(d, c.value(), locale), c.complaints());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Response.ok(out.toByteArray(), "text/csv; charset=UTF-8");
        });
    }

    @GET
    @Path("{dimension}.xlsx")
    @RolesAllowed(StaffRole.MANAGER_NAME)
    public Response xlsx(
            @PathParam("dimension") String dimension,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("lang") String lang) {
        return table(dimension, from, to, lang, ".xlsx", (d, rows, locale) -> {
            try (var book = new XSSFWorkbook();
                    var out = new ByteArrayOutputStream()) {
                var sheet = book.createSheet(d.name().toLowerCase(Locale.ROOT));
                var header = sheet.createRow(0);
                header.createCell(0).setCellValue(d.name().toLowerCase(Locale.ROOT));
                header.createCell(1).setCellValue("label");
                header.createCell(2).setCellValue("complaints");
                int r = 1;
                for (Count c : rows) {
                    var row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(c.value());
                    row.createCell(1).setCellValue(FigureLabels.label(d, c.value(), locale));
                    row.createCell(2).setCellValue(c.complaints());
                }
                sheet.autoSizeColumn(1);
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
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.JAPANESE;
        byte[] pdf = MonthlyReportPdf.of(statistics, period, locale, (d, v) -> FigureLabels.label(d, v, locale));
        return Response.ok(pdf, "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"spam-report-" + period + "-" + locale.getLanguage() + ".pdf\"")
                .build();
    }

    /** Writes one breakdown table in some format. */
    private interface Format {
        Response.ResponseBuilder write(Dimension dimension, List<Count> rows, Locale locale);
    }

    private Response table(String dimension, String from, String to, String lang, String extension, Format format) {
        Dimension d;
        LocalDate first;
        LocalDate last;
        try {
            d = Dimension.valueOf(dimension.toUpperCase(Locale.ROOT));
            first = LocalDate.parse(from);
            last = LocalDate.parse(to);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "statistics-query",
                    "Not a statistics query",
                    "Use /api/v1/statistics/{category|country|channel|intake|prefecture|duty|campaign|total}.csv"
                            + "?from=2026-11-01&to=2026-11-30");
        }
        if (first.isAfter(last)) {
            return Problem.response(Response.Status.BAD_REQUEST, "period", "Empty period", "from is after to.");
        }
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.JAPANESE;
        String name = d.name().toLowerCase(Locale.ROOT) + "-" + first + "-" + last;
        return format.write(d, statistics.breakdown(d, first, last, ROWS), locale)
                .header("Content-Disposition", "attachment; filename=\"" + name + extension + "\"")
                .build();
    }
}
