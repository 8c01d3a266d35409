package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.spamcenter.web.rest.PartnerKeyRequired;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page and every api resource, for anonymous visitors and for a member with each single role: the page
 * list is read from the WAR's sources and the api list from the resources' annotations, so a new page or
 * resource is in the matrix by itself, and a page in a folder nobody has given an expectation fails the test.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final List<String> ROLES = List.of("ADVISOR", "SUPERVISOR", "MANAGER", "ADMIN");
    private static final Set<String> PUBLIC = Set.of();

    /** Who may open the pages of each folder (the first matching prefix); an empty set: everybody. */
    private static final Map<String, Set<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/advisor/supervision.xhtml", Set.of("SUPERVISOR"));
        PAGES.put("/advisor/", Set.of("ADVISOR"));
        PAGES.put("/manager/", Set.of("MANAGER"));
        PAGES.put("/admin/", Set.of("ADMIN"));
        PAGES.put("/audit/", Set.of("ADMIN", "SUPERVISOR"));
        PAGES.put("/error/", PUBLIC);
        PAGES.put("/staff/", PUBLIC);
        PAGES.put("/", PUBLIC); // pages at the root: the citizens'
    }

    private static final List<Class<?>> API = List.of(
            jp.spamcenter.web.rest.AbuseReportsResource.class,
            jp.spamcenter.web.rest.AnalysisResource.class,
            jp.spamcenter.web.rest.EvidenceResource.class,
            jp.spamcenter.web.rest.ReferralLetterResource.class,
            jp.spamcenter.web.rest.ReportsResource.class,
            jp.spamcenter.web.rest.StatisticsResource.class);

    @ArquillianResource
    URL deployed;

    private URI base;

    @BeforeEach
    void loopback() {
        base = CenterDeployment.loopback(deployed);
    }

    @Test
    void everyPageOpensForItsRolesOnly() throws Exception {
        var members = members();
        var failures = new ArrayList<String>();
        for (String page : pages()) {
            Set<String> allowed = expectation(page);
            boolean loginPage = page.equals("/staff/login.xhtml");
            var anonymous = new StaffHttp(base).get(page.substring(1));
            boolean anonymousIn = anonymous.statusCode() < 400 && (loginPage || !signInForm(anonymous.body()));
            if (anonymousIn != allowed.isEmpty()) {
                failures.add("anonymous " + page + ": " + anonymous.statusCode());
            }
            for (String role : ROLES) {
                var answer = members.get(role).get(page.substring(1));
                boolean in = answer.statusCode() != 403
                        && answer.statusCode() < 500
                        && (loginPage || !signInForm(answer.body()));
                boolean expected = allowed.isEmpty() || allowed.contains(role);
                if (in != expected) {
                    failures.add(role + " " + page + ": " + answer.statusCode());
                }
            }
        }
        assertThat(failures).as("pages opened or refused against their roles").isEmpty();
    }

    @Test
    void everyApiResourceAnswersItsRolesOnly() throws Exception {
        var members = members();
        var failures = new ArrayList<String>();
        var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int checked = 0;
        for (Class<?> resource : API) {
            String root = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                boolean get = method.isAnnotationPresent(GET.class);
                if (!get && !method.isAnnotationPresent(POST.class)) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = "api/" + root + (sub == null ? "" : "/" + sub.value());
                path = path.replace("{country}", "JP")
                        .replace("{month}", "2026-11")
                        .replace("{id}", "1")
                        .replace("{table}", "categories");
                RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
                boolean partner = resource.isAnnotationPresent(PartnerKeyRequired.class);
                if (roles == null && !partner) {
                    failures.add(path + ": neither roles nor a partner key: give it an expectation here");
                    continue;
                }
                checked++;
                var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
                if (!get) {
                    request.header("Content-Type", "message/rfc822")
                            .POST(HttpRequest.BodyPublishers.ofString("Subject: x\r\n\r\nx\r\n"));
                }
                int anonymous = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (anonymous != 401) {
                    failures.add("anonymous " + path + ": " + anonymous);
                }
                for (String role : ROLES) {
                    int status = get
                            ? members.get(role).get(path).statusCode()
                            : members.get(role)
                                    .post(path, "message/rfc822", "Subject: x\r\n\r\nx\r\n")
                                    .statusCode();
                    boolean expected = roles != null && List.of(roles.value()).contains(role);
                    boolean in = status != 401 && status != 403;
                    if (in != expected) {
                        failures.add(role + " " + path + ": " + status);
                    }
                }
            }
        }
        assertThat(checked).as("resources found").isGreaterThanOrEqualTo(8);
        assertThat(failures).as("api answers against their roles").isEmpty();
    }

    private Map<String, StaffHttp> members() throws Exception {
        var members = new LinkedHashMap<String, StaffHttp>();
        for (String role : ROLES) {
            var member = new StaffHttp(base);
            member.signIn(
                    StaffSecurityIT.account("matrix-" + role.toLowerCase(java.util.Locale.ROOT), role),
                    CenterDeployment.ADMIN_PASSWORD);
            members.put(role, member);
        }
        return members;
    }

    private static boolean signInForm(String body) {
        return body.contains("id=\"signIn:username\"");
    }

    /** Every page of the WAR, as its address (web.xml keeps WEB-INF unserved). */
    private static List<String> pages() throws Exception {
        var root = java.nio.file.Path.of("src/main/webapp");
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            List<String> pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/"))
                    .sorted()
                    .toList();
            assertThat(pages).as("pages found").hasSizeGreaterThan(20);
            return pages;
        }
    }

    private static Set<String> expectation(String page) {
        for (var rule : PAGES.entrySet()) {
            String prefix = rule.getKey();
            boolean matches = prefix.equals("/") ? page.indexOf('/', 1) < 0 : page.startsWith(prefix);
            if (matches) {
                return rule.getValue();
            }
        }
        throw new AssertionError(page + " is in a folder with no expected roles: add it to RoleMatrixIT.PAGES");
    }
}
