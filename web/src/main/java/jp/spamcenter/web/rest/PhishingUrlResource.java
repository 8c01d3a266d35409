package jp.spamcenter.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.PhishingUrls;
import jp.spamcenter.web.pages.shared.FigureLabels;
import jp.spamcenter.web.staff.StaffRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code GET /api/v1/phishing-urls.csv?from=2026-11-01&to=2026-11-30}: the distinct links of the period's
 * phishing reports, defanged, the most reported first, for takedown requests to registrars and hosts. For
 * advisors and managers; the links carry no query (it may name the recipient).
 */
@Path("v1/phishing-urls.csv")
@RequestScoped
public class PhishingUrlResource {

    /** The longest list in one download. */
    static final int MAX_ROWS = 100_000;

    @Inject
    PhishingUrls phishing;

    @GET
    @RolesAllowed({StaffRole.ADVISOR_NAME, StaffRole.MANAGER_NAME})
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang) {
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(from);
            last = LocalDate.parse(to);
        } catch (NullPointerException | DateTimeParseException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "period",
                    "Not a period",
                    "Use /api/v1/phishing-urls.csv?from=2026-11-01&to=2026-11-30 (days in Japan time).");
        }
        if (first.isAfter(last)) {
            return Problem.response(Response.Status.BAD_REQUEST, "period", "Empty period", "from is after to.");
        }
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.JAPANESE;
        var links = phishing.links(
                first.atStartOfDay(CenterTime.ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(CenterTime.ZONE).toInstant(),
                MAX_ROWS);
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // Excel reads UTF-8 by its BOM
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            printer.printRecord(
                    FigureLabels.text(locale, "phishing.column.url"),
                    FigureLabels.text(locale, "phishing.column.host"),
                    FigureLabels.text(locale, "export.column.complaints"),
                    FigureLabels.text(locale, "phishing.column.firstSeen"),
                    FigureLabels.text(locale, "phishing.column.lastSeen"));
            for (var link : links) {
                printer.printRecord(
                        CsvCells.neutral(link.defanged()),
                        CsvCells.neutral(link.host()),
                        link.reports(),
                        link.firstSeen()
                                .atZone(CenterTime.ZONE)
                                .toLocalDateTime()
                                .withNano(0),
                        link.lastSeen()
                                .atZone(CenterTime.ZONE)
                                .toLocalDateTime()
                                .withNano(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toByteArray(), "text/csv; charset=UTF-8")
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"phishing-urls-" + first + "-" + last + ".csv\"")
                .build();
    }
}
