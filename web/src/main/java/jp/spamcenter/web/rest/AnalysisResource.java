package jp.spamcenter.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.MessageAnalysis;
import jp.spamcenter.web.staff.StaffRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /api/v1/analysis}: an advisor sends a raw message ({@code message/rfc822}) and gets its analysis
 * as JSON. Nothing is stored; filing a report is the intake's business.
 */
@Path("v1/analysis")
@RequestScoped
public class AnalysisResource {

    @Inject
    MessageAnalysis analysis;

    @Inject
    @ConfigProperty(name = "analysis.max-bytes", defaultValue = "26214400")
    long maxBytes;

    @POST
    @Consumes("message/rfc822")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(StaffRole.ADVISOR_NAME)
    public Response analyse(InputStream message) throws IOException {
        byte[] raw = message.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (raw.length > maxBytes) {
            return Problem.response(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "message-too-large",
                    "Message too large",
                    "A message may have at most " + maxBytes + " bytes.");
        }
        if (raw.length == 0) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "message-empty",
                    "Empty message",
                    "The request body must be the raw message.");
        }
        AnalysisResult result = analysis.analyse(raw);
        return Response.ok(result).build();
    }
}
