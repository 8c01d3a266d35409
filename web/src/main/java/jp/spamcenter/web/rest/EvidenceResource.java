package jp.spamcenter.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

    @Inject
    ComplaintEvidence evidence;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}/original")
    @Produces("message/rfc822")
    @RolesAllowed(StaffRole.ADVISOR_NAME)
    public Response original(@PathParam("id") long id) {
        return evidence.original(
                        new ComplaintId(id), security.getUserPrincipal().getName())
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
