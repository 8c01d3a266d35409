package jp.spamcenter.web.http;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is HttpOnly and SameSite=Lax (glassfish-web.xml: a form of another site cannot post with a
 * staff member's session), Secure on requests that came over TLS, and Secure always with
 * {@code http.secure-cookies=true}: behind a TLS proxy the server itself sees plain HTTP, so that is a setting,
 * not a guess.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    /** Whether cookies carry Secure: {@code http.secure-cookies} (environment {@code HTTP_SECURE_COOKIES}). */
    public static boolean secure() {
        return ConfigProvider.getConfig()
                .getOptionalValue("http.secure-cookies", Boolean.class)
                .orElse(false);
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        if (secure()) {
            cookie.setSecure(true);
        }
    }
}
