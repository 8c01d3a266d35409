package jp.spamcenter.web.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the api's description at {@code /openapi} where annotations cannot: {@code POST /api/v1/reports} is
 * one operation that takes three bodies (one message as {@code message/rfc822}, an {@code application/mbox}
 * file, a JSON batch), while the annotations of its three Java methods would describe only one of them. (The
 * partner's key is the {@code partnerKey} security scheme, so its header is not listed as a parameter.)
 */
public class ApiDescription implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            if (path.getKey().endsWith("/v1/reports") && path.getValue().getPOST() != null) {
                describeFiling(path.getValue().getPOST());
            }
        }
    }

    private static void describeFiling(Operation post) {
        MediaType json = post.getRequestBody() == null || post.getRequestBody().getContent() == null
                ? null
                : post.getRequestBody().getContent().getMediaType("application/json");
        Content content = OASFactory.createContent()
                .addMediaType(
                        "message/rfc822", binary("One message exactly as received, headers included (an .eml file)."))
                .addMediaType(
                        "application/mbox",
                        binary("Up to " + ReportsResource.MAX_BATCH + " messages as an mbox file (mboxrd)."))
                .addMediaType("application/json", json != null ? json : batch());
        post.operationId("fileReports")
                .summary("File spam reports")
                .description("One message (message/rfc822), an mbox file (application/mbox) or a JSON batch"
                        + " ({\"messages\": [{\"raw\": \"<base64 of the message>\"}]}), with the partner's api key"
                        + " as Authorization: Bearer sck_…. A batch is stored in one transaction, or not at all."
                        + " Answers 202 once stored, with the receipt number of each report; each is analysed and"
                        + " counted shortly after. Repeating a request with the same Idempotency-Key returns the"
                        + " first answer and files nothing twice.")
                .requestBody(OASFactory.createRequestBody().required(true).content(content));
        post.getResponses()
                .addAPIResponse("202", response("Stored; analysed and counted shortly after"))
                .addAPIResponse("400", response("Empty, not an e-mail message, or a bad batch (problem+json)"))
                .addAPIResponse("401", response("No valid api key (problem+json)"))
                .addAPIResponse("403", response("The key may not file reports (problem+json)"))
                .addAPIResponse("413", response("Larger than the limit (problem+json)"))
                .addAPIResponse("415", response("Not one of the three body types (problem+json)"))
                .addAPIResponse("429", response("Too many requests, or the center is busy; see Retry-After"));
    }

    private static MediaType binary(String description) {
        return OASFactory.createMediaType()
                .schema(OASFactory.createSchema()
                        .type(Schema.SchemaType.STRING)
                        .format("binary")
                        .description(description));
    }

    private static MediaType batch() {
        Schema item = OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .addProperty(
                        "raw",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .format("byte")
                                .description("The message, base64-encoded"));
        return OASFactory.createMediaType()
                .schema(OASFactory.createSchema()
                        .type(Schema.SchemaType.OBJECT)
                        .addProperty(
                                "messages",
                                OASFactory.createSchema()
                                        .type(Schema.SchemaType.ARRAY)
                                        .maxItems(ReportsResource.MAX_BATCH)
                                        .items(item)));
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse response(String description) {
        return OASFactory.createAPIResponse().description(description);
    }
}
