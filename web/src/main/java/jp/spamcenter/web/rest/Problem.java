package jp.spamcenter.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An error as RFC 9457 problem details ({@code application/problem+json}). */
public record Problem(String type, String title, int status, String detail) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.Status status, String type, String title, String detail) {
        return builder(status, type, title, detail).build();
    }

    /** For answers that need more headers (Retry-After, WWW-Authenticate). */
    public static Response.ResponseBuilder builder(Response.Status status, String type, String title, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("https://spamcenter.jp/problems/" + type, title, status.getStatusCode(), detail));
    }
}
