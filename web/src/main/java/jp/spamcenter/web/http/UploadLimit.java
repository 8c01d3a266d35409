package jp.spamcenter.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form upload larger than the container takes (web.xml's max-file-size, 50 MB) is turned away before its body
 * is read, to a page that says so in the visitor's language: the container would otherwise fail while parsing
 * it and answer with the generic error page. Uploads up to 50 MB reach the form, which refuses a message over
 * 25 MB with its own message and keeps what the citizen typed.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** web.xml's multipart max-file-size. */
    static final long LARGEST_UPLOAD = 52_428_800L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod())
                && type != null
                && type.regionMatches(true, 0, "multipart/", 0, 10)
                && request.getContentLengthLong() > LARGEST_UPLOAD) {
            response.setHeader("Connection", "close");
            response.sendRedirect(request.getContextPath() + "/error/too-large.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
