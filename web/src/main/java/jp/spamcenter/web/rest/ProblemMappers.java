package jp.spamcenter.web.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The api's protocol errors as problem+json, not the server's HTML pages. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** 415: the body is not of a type the resource takes. */
    @Provider
    public static class UnsupportedType implements ExceptionMapper<NotSupportedException> {
        @Override
        public Response toResponse(NotSupportedException e) {
            return Problem.response(
                    Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "Send the message as message/rfc822.");
        }
    }

    /** 413: a body read past {@code api.max-body-bytes} while the resource read it. */
    @Provider
    public static class BodyTooLarge implements ExceptionMapper<PartnerKeyFilter.BodyTooLarge> {
        @Override
        public Response toResponse(PartnerKeyFilter.BodyTooLarge e) {
            return tooLarge(e);
        }
    }

    /**
     * A body the JSON reader could not take ({@code {}, [], "{"}) is the client's mistake, a 400 naming it; a body
     * read past the cap a 413. Anything else that failed while reading a body is the server's, logged and a 500.
     */
    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PartnerKeyFilter.BodyTooLarge tooLarge) {
                    return tooLarge(tooLarge);
                }
                if (cause instanceof JsonbException || cause instanceof JsonException) {
                    return malformedJson();
                }
            }
            LOG.log(Level.SEVERE, "an api request's body could not be processed", e);
            return Problem.response(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    "server-error",
                    "Server error",
                    "The request could not be processed; it has been logged.");
        }
    }

    /** The JSON reader's own failure, when it reaches the application unwrapped. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformedJson();
        }
    }

    private static Response malformedJson() {
        return Problem.response(
                Response.Status.BAD_REQUEST,
                "malformed-json",
                "Malformed JSON",
                "The body is not a JSON batch: send {\"messages\": [{\"raw\": \"<base64>\"}, …]}.");
    }

    private static Response tooLarge(PartnerKeyFilter.BodyTooLarge e) {
        return Problem.builder(
                        Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large", "Body too large", e.getMessage())
                .header("Connection", "close")
                .build();
    }

    /** 405: the method is not offered here. */
    @Provider
    public static class MethodNotAllowed implements ExceptionMapper<NotAllowedException> {
        @Override
        public Response toResponse(NotAllowedException e) {
            return Problem.response(
                    Response.Status.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed", e.getMessage());
        }
    }
}
