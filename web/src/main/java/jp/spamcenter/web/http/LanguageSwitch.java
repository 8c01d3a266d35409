package jp.spamcenter.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Japanese unless the visitor chose English: {@code ?lang=en} or {@code ?lang=ja} on any page sets a cookie,
 * so the choice holds on every server instance without a session.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageSwitch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String COOKIE = "lang";
    public static final String REQUEST_ATTRIBUTE = LanguageSwitch.class.getName() + ".locale";
    public static final Locale DEFAULT = Locale.JAPANESE;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // from the query string only: reading a form's parameters would read (and parse) an upload's body here
        Optional<Locale> chosen = supported(fromQuery(request.getQueryString()));
        if (chosen.isPresent()) {
            var cookie = new Cookie(COOKIE, chosen.get().getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure() || SessionCookies.secure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        } else {
            chosen = fromCookie(request);
        }
        request.setAttribute(REQUEST_ATTRIBUTE, chosen.orElse(DEFAULT));
        chain.doFilter(request, response);
    }

    /** The {@code lang} parameter of a query string, or null. */
    static String fromQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(COOKIE + "=")) {
                return pair.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }

    private static Optional<Locale> fromCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return supported(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    static Optional<Locale> supported(String tag) {
        if ("en".equals(tag)) {
            return Optional.of(Locale.ENGLISH);
        }
        if ("ja".equals(tag)) {
            return Optional.of(Locale.JAPANESE);
        }
        return Optional.empty();
    }
}
