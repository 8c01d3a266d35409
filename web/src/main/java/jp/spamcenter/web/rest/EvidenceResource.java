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
import jp.spamcenter.complaint.api.ComplaintEvidence;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.web.staff.StaffRole;

/**
 * {@code GET /api/v1/complaints/{id}/original}: the original message of a report, byte for byte, as an .eml
 * download for the advisor (never shown in the browser: spam is hostile). The read is in the access log.
 */
@Path("v1/complaints")
@RequestScoped
public class EvidenceResource {

    static final String SPAM_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline';"
            + " frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox";

    @Inject
    ComplaintEvidence evidence;

    @Context
    SecurityContext security;

    /**
     * {@code GET /api/v1/complaints/{id}/html}: the spam's HTML as it looked, sanitised, for the case page's
     * sandboxed frame. Its own policy replaces the pages' one ({@link jp.spamcenter.web.http.SecurityHeaders}):
     * it may load nothing at all (images only as data: addresses), run nothing, and be framed by the center's
     * own pages only. {@code purpose}: the case page's purpose for another advisor's case, logged with the read.
     */
    @GET
    @Path("{id}/html")
    @Produces("text/html")
    @RolesAllowed(StaffRole.ADVISOR_NAME)
    public Response html(@PathParam("id") long id, @QueryParam("purpose") String purpose) {
        String logged = jp.spamcenter.web.pages.shared.ReadPurposes.logged(purpose);
        return evidence.html(new ComplaintId(id), security.getUserPrincipal().getName(), logged)
                .map(html -> Response.ok(
                                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>spam</title><style>"
                                        + "body{font-family:sans-serif;margin:.5rem;overflow-wrap:anywhere}"
                                        + ".defanged{color:#a61b1b;font-family:monospace}</style></head><body>"
                                        + html + "</body></html>",
                                "text/html; charset=UTF-8")
                        .header("Cache-Control", "no-store")
                        .header("Content-Security-Policy", SPAM_POLICY)
                        .header("X-Frame-Options", "SAMEORIGIN")
                        .build())
                .orElseGet(() -> Problem.response(
                        Response.Status.NOT_FOUND, "no-html", "No HTML", "Report " + id + " has no HTML part."));
    }

    @GET
    @Path("{id}/original")
    @Produces("message/rfc822")
    @RolesAllowed(StaffRole.ADVISOR_NAME)
    public Response original(@PathParam("id") long id, @QueryParam("purpose") String purpose) {
        return evidence.original(
                        new ComplaintId(id),
                        security.getUserPrincipal().getName(),
                        jp.spamcenter.web.pages.shared.ReadPurposes.logged(purpose))
                .map(original -> Response.ok(original.content(), "message/rfc822")
                        .header("Content-Disposition", "attachment; filename=\"" + original.fileName() + "\"")
                        .header(
                                "Digest",
                                "sha-256="
                                        + java.util.Base64.getEncoder()
                                                .encodeToString(
                                                        java.util.HexFormat.of().parseHex(original.sha256())))
                        .header("Cache-Control", "no-store")
                        .build())
                .orElseGet(() -> Problem.response(
                        Response.Status.NOT_FOUND,
                        "no-original",
                        "No original message",
                        "Report " + id + " does not exist or was described without its message."));
    }
}
