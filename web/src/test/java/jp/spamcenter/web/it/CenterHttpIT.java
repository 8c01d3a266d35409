package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed center as a browser's HTTP client sees it: languages, protection, no third-party assets. */
@ExtendWith(ArquillianExtension.class)
class CenterHttpIT {

    @ArquillianResource
    URL deployed;

    private URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeEach
    void loopback() {
        base = CenterDeployment.loopback(deployed);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** MicroProfile Health, at the server's root: alive; ready with the database, the mailbox and pending work. */
    @Test
    void eachInstanceTellsWhetherItIsAliveAndReady() throws Exception {
        var live = get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"").contains("\"name\":\"center\"");
        var ready = http.send(
                HttpRequest.newBuilder(base.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.body())
                .contains("\"name\":\"database\"", "\"name\":\"report-mailbox\"", "\"name\":\"pending-work\"")
                .contains(
                        "\"analysisPending\"",
                        "\"analysisOldestWaitSeconds\"",
                        "\"outbox.reporting.statistics.oldestWaitSeconds\"")
                .contains("MariaDB");
        // the suite polls its GreenMail mailbox; nothing waits longer than the bound
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").doesNotContain("DOWN");
    }

    /** MicroProfile Metrics in Prometheus' format: the pipeline, the backlog and the latencies, per instance. */
    @Test
    void eachInstanceCountsItsWorkForPrometheus() throws Exception {
        assertThat(get("?lang=ja").statusCode()).isEqualTo(200);
        var metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("reports_accepted_total{intake=\"WEB_FORM\"", "reports_analysed_total{intake=\"BULK_API\"")
                .contains("analysis_queue_depth{", "analysis_oldest_wait_seconds{")
                .contains("outbox_pending{consumer=\"reporting.statistics\"", "outbox_oldest_wait_seconds{")
                .contains("cases_open{", "cases_overdue{")
                .contains("http_request_seconds_count{area=\"citizen\"");

        // a partner's report is counted accepted, then analysed, on the instance that took it
        double accepted = metric(metrics.body(), "reports_accepted_total", "BULK_API");
        double analysed = metric(metrics.body(), "reports_analysed_total", "BULK_API");
        Partners.file(
                base,
                PartnerApiHardeningIT.key("metrics probe"),
                "From: <info@metrics-probe.test>\r\nSubject: probe " + System.nanoTime() + "\r\n\r\nWin a prize.\r\n");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String now = get("/metrics").body();
            assertThat(metric(now, "reports_accepted_total", "BULK_API")).isEqualTo(accepted + 1);
            assertThat(metric(now, "reports_analysed_total", "BULK_API")).isGreaterThanOrEqualTo(analysed + 1);
        });
    }

    private static double metric(String prometheus, String name, String intake) {
        var line = Pattern.compile("(?m)^" + name + "\\{intake=\"" + intake + "\"[^}]*\\} ([0-9.eE+-]+)$")
                .matcher(prometheus);
        assertThat(line.find()).as(name + " " + intake).isTrue();
        return Double.parseDouble(line.group(1));
    }

    @Test
    void theCitizenFormIsJapaneseByDefault() throws Exception {
        var page = get("");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"ja\"").contains("迷惑メールの情報提供").doesNotContain("Report a spam message");
    }

    @Test
    void englishIsOneLinkAwayAndRemembered() throws Exception {
        var english = get("?lang=en");
        assertThat(english.body()).contains("lang=\"en\"").contains("Report a spam message");
        String cookie = english.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("lang=en");

        var next = get("", "Cookie", "lang=en");
        assertThat(next.body()).contains("Report a spam message");
    }

    @Test
    void pagesLoadNothingFromAnotherOrigin() throws Exception {
        var page = get("");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        // nor do the pages that credit the country databases, the citizens' and the staff's
        var staff = new StaffHttp(base);
        staff.signIn(StaffSecurityIT.account("origin-probe", "ADVISOR"), CenterDeployment.ADMIN_PASSWORD);
        for (String body : new String[] {
            get("statistics.xhtml").body(), staff.get("advisor/cases.xhtml").body()
        }) {
            assertThat(body).contains("db-ip.com");
            var external = Pattern.compile("(src|href)=\"(https?:)?//").matcher(body);
            assertThat(external.find()).as("a src or href to another origin").isFalse();
        }
    }

    @Test
    void scriptsRunOnlyFromTheCenterOrWithThePagesNonce() throws Exception {
        for (String path : new String[] {"", "status.xhtml", "privacy.xhtml", "advisor/cases.xhtml"}) {
            var page = get(path);
            var policies = page.headers().allValues("Content-Security-Policy");
            assertThat(policies)
                    .as(path + ": one policy, not the default and the page's")
                    .hasSize(1);
            var script = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'")
                    .matcher(policies.get(0));
            assertThat(script.find()).as(path + ": " + policies.get(0)).isTrue();
            assertThat(policies.get(0)).doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe");
            String nonce = script.group(1);
            var tags = Pattern.compile("<script[^>]*>").matcher(page.body());
            int scripts = 0;
            while (tags.find()) {
                scripts++;
                assertThat(tags.group()).as(path).contains("nonce=\"" + nonce + "\"");
            }
            assertThat(scripts).as(path + ": the page has scripts").isPositive();
            assertThat(Pattern.compile("<[a-z][^>]*\\son[a-z]+=\"")
                            .matcher(page.body())
                            .find())
                    .as(path + ": an inline event handler")
                    .isFalse();
        }
    }

    @Test
    void staffPagesAskForSignIn() throws Exception {
        for (String path : new String[] {"advisor/cases.xhtml", "manager/statistics.xhtml", "admin/accounts.xhtml"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("id=\"signIn:username\"");
        }
    }

    @Test
    void theAnalysisApiIsForSignedInAdvisorsOnly() throws Exception {
        var request = HttpRequest.newBuilder(base.resolve("api/v1/analysis"))
                .header("Content-Type", "message/rfc822")
                .POST(HttpRequest.BodyPublishers.ofString("Subject: test\r\n\r\nhello\r\n"))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(302, 401, 403);
        assertThat(response.body()).doesNotContain("analyserVersion");
    }

    @Test
    void errorPagesKeepTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"no-such-page.xhtml", "advisor/../WEB-INF/web.xml", "status.xhtml"}) {
            var page = get(path);
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .as(path + " " + page.statusCode())
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
            assertThat(page.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(page.headers().firstValue("Cache-Control")).as(path).contains("no-store");
        }
    }

    @Test
    void pagesAreNeverStoredButScriptsAre() throws Exception {
        assertThat(get("").headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(get("staff/login.xhtml").headers().firstValue("Cache-Control"))
                .contains("no-store");
        String script = Pattern.compile("src=\"(/jakarta\\.faces\\.resource/[^\"]+)\"")
                .matcher(get("").body())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1)
                .replace("&amp;", "&");
        assertThat(get(script.substring(1)).headers().firstValue("Cache-Control"))
                .as(script)
                .isNotEqualTo(java.util.Optional.of("no-store"));
    }

    @Test
    void theSessionCookieIsSameSite() throws Exception {
        String cookie = get("staff/login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void redirectsNeverTakeTheRequestsHost() throws Exception {
        // a staff page asked for without a sign-in, with a forged Host header: the login form in place
        try (var socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream()
                    .write(("GET /advisor/cases.xhtml HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer =
                    new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("id=\"signIn:username\"");
            assertThat(answer).doesNotContain("evil.example");
        }
    }

    @Test
    void anUploadTooLargeForTheServerIsToldSoInTheVisitorsLanguage() throws Exception {
        // 60 MB announced: turned away before the body is read, to a page that says why
        try (var socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream()
                    .write(("POST /index.xhtml HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: lang=en\r\n"
                                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 62914560\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            var answer = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1));
            String status = answer.readLine();
            String location = null;
            for (String line = answer.readLine(); line != null && !line.isEmpty(); line = answer.readLine()) {
                if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                    location = line.substring(9).strip();
                }
            }
            assertThat(status).startsWith("HTTP/1.1 302");
            assertThat(location).endsWith("/error/too-large.xhtml");
        }
        var page = get("error/too-large.xhtml", "Cookie", "lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The file is too large").contains("25 MB");
        assertThat(get("error/too-large.xhtml").body()).contains("ファイルが大きすぎます");
    }

    @Test
    void theHandlingPolicyIsPublishedInBothLanguagesAndLinkedFromTheForm() throws Exception {
        var japanese = get("privacy.xhtml");
        assertThat(japanese.statusCode()).isEqualTo(200);
        assertThat(japanese.body())
                .contains("個人情報の取扱いについて")
                .contains("日本にあるセンターのサーバー")
                .contains("受付から365日")
                .contains("受付から1095日")
                .contains("閲覧から1826日")
                .contains("相談の終了から1095日")
                .contains("何を見たかを記録します")
                .contains("個人情報保護委員会");
        var english = get("privacy.xhtml", "Cookie", "lang=en");
        assertThat(english.body())
                .contains("How we handle your personal data")
                .contains("servers in Japan")
                .contains("deleted 1095 days after your report")
                .contains("deleted 1826 days after the access")
                .contains("only with your consent");
        String form = get("").body();
        assertThat(form).contains("contactEmail-policy\"").contains("id=\"footer-policy\"");
        assertThat(get("status.xhtml").body()).contains("/privacy.xhtml");
        assertThat(get("faq.xhtml").body()).contains("/privacy.xhtml");
    }

    @Test
    void templatesAreNeverServed() throws Exception {
        assertThat(get("WEB-INF/templates/page.xhtml").statusCode()).isIn(403, 404);
    }
}
