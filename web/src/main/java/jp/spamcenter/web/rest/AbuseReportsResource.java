package jp.spamcenter.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.spamcenter.advice.api.Directory;
import jp.spamcenter.advice.api.Referrals;
import jp.spamcenter.complaint.api.AbuseReportRejected;
import jp.spamcenter.complaint.api.AbuseReports;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.web.staff.StaffRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /api/v1/abuse-reports/{country}/{month}.zip?format=xarf|arf}: a month's spam from one origin
 * country for its enforcement agency, one document per report (X-ARF v4 checked against the official schemas,
 * or ARF), with a list of the reports that could not be told and why. What was exported, for whom and by whom
 * goes into the dispatch log.
 */
@Path("v1/abuse-reports")
@RequestScoped
public class AbuseReportsResource {

    /** The center's clock. */
    @Inject
    Clock clock;

    private static final int PAGE = 200;

    @Inject
    AbuseReports abuseReports;

    @Inject
    Referrals referrals;

    @Inject
    Directory directory;

    @Inject
    @ConfigProperty(name = "center.org", defaultValue = "Spam Complaint and Consultation Center")
    String org;

    @Inject
    @ConfigProperty(name = "center.abuse-contact", defaultValue = "abuse@spamcenter.example.jp")
    String contact;

    @Inject
    @ConfigProperty(name = "center.domain", defaultValue = "spamcenter.example.jp")
    String domain;

    @Context
    SecurityContext security;

    @GET
    @Path("{country}/{month}.zip")
    @Produces("application/zip")
    @RolesAllowed(StaffRole.MANAGER_NAME)
    public Response export(
            @PathParam("country") String country, @PathParam("month") String month, @QueryParam("format") String format)
            throws IOException {
        String code = country.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            return Problem.response(Response.Status.BAD_REQUEST, "country", "Not a country", "Use a two-letter code.");
        }
        YearMonth period;
        try {
            period = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "month", "Not a month", "Use the form 2026-11.");
        }
        boolean arf = "arf".equalsIgnoreCase(format);
        String actor = security.getUserPrincipal().getName();
        var reporter = new AbuseReports.Reporter(org, contact, domain);
        String agency =
                directory.agencyFor(code).map(Directory.ForeignAgency::agency).orElse(null);
        // the whole file is written before anything is answered: a failure on the way is a problem document,
        // never a truncated zip that looks complete
        java.nio.file.Path file = Files.createTempFile("abuse-reports-", ".zip");
        try {
            int documents = 0;
            var skipped = new StringBuilder("complaint_id,reason\n");
            int skippedCount = 0;
            try (var zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                long after = 0;
                List<ComplaintId> page;
                do {
                    page = abuseReports.fromCountry(
                            code, period.atDay(1), period.plusMonths(1).atDay(1), after, PAGE);
                    for (ComplaintId id : page) {
                        after = id.value();
                        try {
                            var document = arf
                                    ? abuseReports.arf(id, reporter, actor)
                                    : abuseReports.xarf(id, reporter, actor);
                            zip.putNextEntry(new ZipEntry(document.fileName()));
                            zip.write(document.content());
                            zip.closeEntry();
                            documents++;
                        } catch (AbuseReportRejected e) {
                            skipped.append(id.value())
                                    .append(',')
                                    .append(e.code())
                                    .append('\n');
                            skippedCount++;
                        }
                    }
                } while (page.size() == PAGE);
                zip.putNextEntry(new ZipEntry("skipped.csv"));
                zip.write(skipped.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            referrals.recordDispatch(new Referrals.Dispatch(
                    null,
                    clock.instant(),
                    actor,
                    code,
                    agency,
                    period.atDay(1),
                    period.plusMonths(1).atDay(1),
                    arf ? "ARF" : "XARF",
                    documents,
                    skippedCount));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        String name = code + "-" + period + (arf ? "-arf" : "-xarf") + ".zip";
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
