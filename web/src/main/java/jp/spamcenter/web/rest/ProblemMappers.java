package jp.spamcenter.web.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The api's protocol errors as problem+json, not the server's HTML pages. */
public final class ProblemMappers {

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
