package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HexFormat;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner api against what a hostile probe sent: a key is checked before any of the body is read, a body
 * has a cap, malformed JSON is the client's 400 (never a 500), and a partner's long name files like any other.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerApiHardeningIT {

    private static final String MESSAGE = "From: sender@example.com\r\nTo: someone@example.jp\r\n"
            + "Subject: hardening\r\nMessage-ID: <hardening@example.com>\r\n\r\nbuy now\r\n";

    @ArquillianResource
    URL deployed;

    private URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void loopback() {
        base = CenterDeployment.loopback(deployed);
    }

    @Test
    void withoutAKeyTheAnswerComesBeforeTheBodyIsSent() throws Exception {
        // 133 MB announced, not one byte of it sent: the answer must not wait for the body
        String status = statusBeforeBody("application/json", 133_000_000L, null);
        assertThat(status).startsWith("HTTP/1.1 401");
    }

    @Test
    void aBodyOverTheCapIsRefusedBeforeItIsRead() throws Exception {
        String status = statusBeforeBody("application/json", 200_000_000L, key("cap probe"));
        assertThat(status).startsWith("HTTP/1.1 413");
    }

    @Test
    void malformedJsonIsABadRequestNamedAsSuch() throws Exception {
        String key = key("json probe");
        for (String body : new String[] {"{", "[]", "\"messages\"", "{\"messages\": 5}"}) {
            HttpResponse<String> answer = post(key, "application/json", body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(body)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).as(body).contains("malformed-json").doesNotContain("Exception");
        }
    }

    @Test
    void aPartnerWithAHundredCharacterNameFiles() throws Exception {
        String key = key("p".repeat(90) + System.nanoTime() % 10_000_000_000L);
        HttpResponse<String> answer = post(key, "message/rfc822", MESSAGE);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        assertThat(answer.body()).contains("receiptNumber");
    }

    private HttpResponse<String> post(String key, String type, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve("api/v1/reports"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends only a request's head announcing a body of {@code length} bytes; the status line answered. */
    private String statusBeforeBody(String type, long length, String key) throws Exception {
        try (var socket = new Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(15_000);
            String head = "POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\n"
                    + (key == null ? "" : "Authorization: Bearer " + key + "\r\n") + "Content-Length: " + length
                    + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return answer.readLine();
        }
    }

    /** A partner's key, stored as the administrator's page stores one (its hash only). */
    static String key(String partner) throws Exception {
        String key = "sck_it" + Long.toString(System.nanoTime(), 36) + "hardeningprobe";
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var insert = db.prepareStatement("INSERT INTO web_api_key (partner, key_prefix, key_hash, scopes,"
                        + " created_at) VALUES (?, ?, ?, 'reports:write', UTC_TIMESTAMP(6))")) {
            insert.setString(1, partner);
            insert.setString(2, key.substring(0, 10));
            insert.setString(3, hash);
            insert.executeUpdate();
        }
        return key;
    }
}
