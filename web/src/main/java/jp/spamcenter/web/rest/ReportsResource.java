package jp.spamcenter.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.spamcenter.complaint.api.ComplaintRejected;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.web.pages.shared.FigureLabels;
import jp.spamcenter.web.partners.Idempotency;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/reports}: partners (monitor machines, carriers) file spam reports in bulk, one raw message
 * per request, with their api key ({@code Authorization: Bearer sck_…}), checked by {@link PartnerKeyFilter}
 * before the body is read.
 */
@Path("v1/reports")
@RequestScoped
@PartnerKeyRequired
@Tag(name = "reports", description = "Spam reports from partners")
@SecurityRequirement(name = CenterApi.PARTNER_KEY)
public class ReportsResource {

    /** The partner whose key the filter accepted before the body was read. */
    @Inject
    RequestPartner partner;

    @Context
    HttpHeaders headers;

    @Inject
    BulkFiling filing;

    @Inject
    ComplaintService complaints;

    @Inject
    FilingCapacity capacity;

    @Inject
    @ConfigProperty(name = "analysis.max-bytes", defaultValue = "26214400")
    long maxBytes;

    /** At most this many messages in one batch. */
    static final int MAX_BATCH = 1000;

    /** A JSON batch: {@code {"messages": [{"raw": "<base64 of the message>"}, …]}}. */
    public record Batch(List<Item> messages) {

        /** One message, base64-encoded. */
        public record Item(String raw) {}
    }

    @POST
    @Consumes("message/rfc822")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "File one spam report",
            description = "The message exactly as received (message/rfc822). "
                    + "Answers 202 with the report's id and receipt number once the report is stored.")
    @APIResponse(responseCode = "202", description = "Stored; analysed and counted shortly after")
    @APIResponse(responseCode = "400", description = "Empty, or not an e-mail message (problem+json)")
    @APIResponse(responseCode = "401", description = "No valid api key (problem+json)")
    @APIResponse(responseCode = "403", description = "The key may not file reports (problem+json)")
    @APIResponse(responseCode = "413", description = "Larger than the limit (problem+json)")
    @APIResponse(responseCode = "415", description = "Not message/rfc822 (problem+json)")
    @APIResponse(responseCode = "429", description = "Too many requests; see Retry-After (problem+json)")
    public Response file(
            @Parameter(description = "Repeating a request with the same key returns the first answer")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Parameter(hidden = true) @HeaderParam("Content-Length") Long contentLength,
            InputStream message)
            throws IOException {
        byte[] raw = body(message, contentLength, maxBytes);
        if (raw.length > maxBytes) {
            return tooLarge();
        }
        return withinCapacity(() -> filing.file(partner.get(), raw, idempotencyKey));
    }

    @POST
    @Consumes("application/mbox")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "File a batch of reports as an mbox file",
            description = "Every message of the mbox "
                    + "(mboxrd) is stored in one transaction, or none. Answers 202 with one entry per message.")
    @APIResponse(responseCode = "202", description = "All stored")
    public Response fileMbox(@HeaderParam("Idempotency-Key") String idempotencyKey, InputStream mbox)
            throws IOException {
        // read as it arrives, one message at a time (no array of the whole batch)
        Optional<List<byte[]>> messages = complaints.messagesOfMbox(mbox, maxBytes * 4);
        if (messages.isEmpty()) {
            return tooLarge();
        }
        return batch(messages.get(), idempotencyKey);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "File a batch of reports as JSON",
            description = "{\"messages\": [{\"raw\": base64}, …]}; "
                    + "all stored in one transaction, or none. Answers 202 with one entry per message.")
    @APIResponse(responseCode = "202", description = "All stored")
    public Response fileJson(@HeaderParam("Idempotency-Key") String idempotencyKey, Batch batch) {
        if (batch == null || batch.messages() == null) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "batch",
                    "No messages",
                    "Send {\"messages\": [{\"raw\": \"<base64>\"}, …]}.");
        }
        var messages = new ArrayList<byte[]>();
        for (int i = 0; i < batch.messages().size(); i++) {
            Batch.Item item = batch.messages().get(i);
            try {
                messages.add(Base64.getMimeDecoder().decode(item == null || item.raw() == null ? "" : item.raw()));
            } catch (IllegalArgumentException e) {
                return Problem.response(
                        Response.Status.BAD_REQUEST, "batch", "Not base64", "messages[" + i + "].raw is not base64.");
            }
        }
        return batch(messages, idempotencyKey);
    }

    private Response batch(List<byte[]> messages, String idempotencyKey) {
        if (messages.isEmpty() || messages.size() > MAX_BATCH) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "batch",
                    "Bad batch size",
                    "A batch has 1 to " + MAX_BATCH + " messages.");
        }
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).length == 0) {
                return Problem.response(
                        Response.Status.BAD_REQUEST,
                        "batch",
                        "Empty message",
                        "Message " + i + " of the batch is empty.");
            }
            if (messages.get(i).length > maxBytes) {
                return tooLarge();
            }
        }
        return withinCapacity(() -> filing.fileAll(partner.get(), messages, idempotencyKey));
    }

    /**
     * The request's body, up to one byte more than {@code limit} (so that "too large" can be told). With a
     * Content-Length it is read straight into an array of its size: a batch of a megabyte and more is copied
     * once, not gathered in pieces and copied again.
     */
    private static byte[] body(InputStream in, Long contentLength, long limit) throws IOException {
        if (contentLength == null || contentLength < 0 || contentLength > limit) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        byte[] body = new byte[contentLength.intValue()];
        int read = in.readNBytes(body, 0, body.length);
        if (read < body.length) {
            return java.util.Arrays.copyOf(body, read); // the client sent less than it announced
        }
        return body;
    }

    /** Files while this instance has room (429 at once otherwise); a rejected report is a 400. */
    private Response withinCapacity(java.util.function.Supplier<Idempotency.Answer> filing) {
        if (!capacity.tryEnter()) {
            return busy();
        }
        try {
            return answer(filing.get());
        } catch (ComplaintRejected rejected) {
            return rejected(rejected);
        } finally {
            capacity.leave();
        }
    }

    private static Response busy() {
        return Problem.builder(
                        Response.Status.TOO_MANY_REQUESTS,
                        "busy",
                        "Busy",
                        "The center is filing as many reports as it can; send this one again shortly.")
                .header("Retry-After", "1")
                .build();
    }

    private Response tooLarge() {
        return Problem.response(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "message-too-large",
                "Message too large",
                "A message may have at most " + maxBytes + " bytes.");
    }

    private static Response answer(Idempotency.Answer answer) {
        return Response.status(answer.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(answer.body())
                .build();
    }

    /** Why a report was refused, in sentences: Japanese when the client prefers it, else English. */
    private Response rejected(ComplaintRejected rejected) {
        Locale language = headers.getAcceptableLanguages().stream()
                .filter(l -> "ja".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
        return Problem.response(
                Response.Status.BAD_REQUEST,
                "message-rejected",
                "Report not accepted",
                String.join(
                        " ",
                        rejected.reasons().stream()
                                .map(reason -> FigureLabels.text(language, reason.messageKey()))
                                .toList()));
    }
}
