package jp.spamcenter.web.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff's browser as plain HTTP: one cookie jar, no redirects followed, the login form posted as
 * the page sends it. For tests of what the server answers rather than what a page shows.
 */
final class StaffHttp {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NEXT = Pattern.compile("name=\"signIn:next\"[^>]*value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http;

    StaffHttp(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A download's bytes. */
    HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of a body of the given type. */
    HttpResponse<String> post(String path, String type, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The JSF view state of a page, as the page's forms carry it. */
    String viewState(String path) throws Exception {
        var viewState = VIEW_STATE.matcher(get(path).body());
        if (!viewState.find()) {
            throw new AssertionError("no view state on " + path);
        }
        return viewState.group(1);
    }

    /** Posts a form's fields as a browser would (application/x-www-form-urlencoded). */
    HttpResponse<String> postForm(String path, Map<String, String> form) throws Exception {
        return post(path, "application/x-www-form-urlencoded", encoded(form));
    }

    /** Posts the login form as the page would; the answer (a redirect on success, the page again otherwise). */
    HttpResponse<String> signIn(String username, String password) throws Exception {
        return signInOn("staff/login.xhtml?lang=en", username, password);
    }

    /** Signs in on the login form a page shows in its place (a staff page asked for while signed out). */
    HttpResponse<String> signInOn(String path, String username, String password) throws Exception {
        String page = get(path).body();
        var viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("no view state on the login page");
        }
        var form = new LinkedHashMap<String, String>();
        form.put("signIn", "signIn");
        form.put("signIn:username", username);
        form.put("signIn:password", password);
        var next = NEXT.matcher(page);
        if (next.find()) {
            form.put("signIn:next", next.group(1).replace("&amp;", "&"));
        }
        form.put("signIn:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        return http.send(
                HttpRequest.newBuilder(base.resolve("staff/login.xhtml"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
