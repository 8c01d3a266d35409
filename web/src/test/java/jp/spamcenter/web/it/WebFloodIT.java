package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A flood of anonymous web filings from one client: every report is accepted, with its receipt, analysed and
 * counted, but past the client's hourly rate (10) the reports join one case instead of one case each. The
 * client is told by X-Forwarded-For through the suite's trusted proxy (127.0.0.1).
 */
@ExtendWith(ArquillianExtension.class)
class WebFloodIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern RECEIPT = Pattern.compile("id=\"receipt-number\">([^<]+)<");

    @ArquillianResource
    URL deployed;

    private URI base;

    @BeforeEach
    void loopback() {
        base = CenterDeployment.loopback(deployed);
    }

    @Test
    void pastItsRateAClientsReportsAreKeptAndShareOneCase() throws Exception {
        String client = "203.0.113." + (System.nanoTime() % 200 + 20);
        var receipts = new ArrayList<String>();
        for (int i = 1; i <= 13; i++) {
            receipts.add(file(client, "flood " + i + " " + System.nanoTime()));
        }
        assertThat(receipts)
                .as("every filing accepted, with its receipt")
                .hasSize(13)
                .doesNotContainNull();

        await().atMost(Duration.ofSeconds(90)).until(() -> casesOf(receipts).size() == 13);
        Map<String, Long> cases = casesOf(receipts);
        List<Long> ownCases = receipts.subList(0, 10).stream().map(cases::get).toList();
        assertThat(ownCases).as("the first ten: a case each").doesNotHaveDuplicates();
        long floodCase = cases.get(receipts.get(10));
        assertThat(cases.get(receipts.get(11))).isEqualTo(floodCase);
        assertThat(cases.get(receipts.get(12))).isEqualTo(floodCase);
        assertThat(ownCases).doesNotContain(floodCase);
        assertThat(SuiteDatabase.count(
                        "SELECT COUNT(*) FROM cmp_complaint WHERE flood_key IS NOT NULL AND receipt_number IN ("
                                + quoted(receipts) + ")"))
                .isEqualTo(3);
        // another client's report at the same time keeps its own case
        String neighbour = file("203.0.113.250", "a neighbour's report " + System.nanoTime());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> casesOf(List.of(neighbour)).size() == 1);
        assertThat(casesOf(List.of(neighbour)).get(neighbour)).isNotEqualTo(floodCase);
    }

    /** One description on the web form, as a browser behind the suite's proxy for {@code client} posts it. */
    private String file(String client, String subject) throws Exception {
        var http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String page = http.send(
                        HttpRequest.newBuilder(base)
                                .header("X-Forwarded-For", client)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var state = VIEW_STATE.matcher(page);
        assertThat(state.find()).isTrue();
        var form = new LinkedHashMap<String, String>();
        form.put("report", "report");
        form.put("report:channel", "PC_MAIL");
        form.put("report:mode", "DESCRIBE");
        form.put("report:subject", subject);
        form.put("report:messageText", "今すぐ登録してください https://flood.example.test/");
        form.put("report:prefecture", "13");
        form.put("report:contactEmail", "");
        form.put("report:submit", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String answer = http.send(
                        HttpRequest.newBuilder(base.resolve("index.xhtml"))
                                .header("X-Forwarded-For", client)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var receipt = RECEIPT.matcher(answer);
        return receipt.find() ? receipt.group(1).strip() : null;
    }

    private static Map<String, Long> casesOf(List<String> receipts) throws Exception {
        var cases = new LinkedHashMap<String, Long>();
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var query = db.createStatement();
                var rows = query.executeQuery("SELECT receipt_number, case_id FROM adv_case_report WHERE"
                        + " receipt_number IN (" + quoted(receipts) + ")")) {
            while (rows.next()) {
                cases.put(rows.getString(1), rows.getLong(2));
            }
        }
        return cases;
    }

    private static String quoted(List<String> receipts) {
        return receipts.stream().map(r -> "'" + r + "'").collect(Collectors.joining(", "));
    }
}
