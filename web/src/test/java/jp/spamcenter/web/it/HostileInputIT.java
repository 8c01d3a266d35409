package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A spam built to attack the advisor who opens it: script and event-handler payloads in its headers, its
 * HTML, an attachment's name and the citizen's own fields, and remote images. Opened in a real browser on the
 * case page, in both languages: no payload runs, and the page asks nothing of another origin.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final String MARK = "window.__hostile=(window.__hostile||0)+1";
    private static final List<String> PAYLOADS = List.of(
            "<script>" + MARK + "</script>",
            "<img src=x onerror=\"" + MARK + "\">",
            "\"><svg onload=\"" + MARK + "\">",
            "javascript:" + MARK,
            "'><iframe src=\"javascript:" + MARK + "\"></iframe>",
            "{{constructor.constructor('" + MARK + "')()}}",
            "#{" + MARK + "}");

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(() -> deployed, Duration.ofSeconds(60));

    @Test
    void noPayloadRunsOnTheCasePageAndNothingLoadsFromElsewhere() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        String payload = String.join(" ", PAYLOADS);
        String eml = "From: \"" + PAYLOADS.get(1) + "\" <attacker@hostile.test>\r\n"
                + "To: victim@example.jp\r\n"
                + "Subject: " + PAYLOADS.get(0) + " " + token + "\r\n"
                + "Received: from " + PAYLOADS.get(2) + " ([45.76.12.9]) by mx.example.jp; Mon, 23 Nov 2026 10:00:01"
                + " +0900\r\n"
                + "Message-ID: <" + token + "@hostile.test>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<html><body>" + payload + "<img src=\"https://tracker.hostile.test/p.gif\">"
                + "<a href=\"" + PAYLOADS.get(3) + "\">click</a>"
                + "<link rel=stylesheet href=\"https://cdn.hostile.test/x.css\"></body></html>\r\n"
                + "--b\r\nContent-Type: application/octet-stream; name=\"" + PAYLOADS.get(1) + ".exe\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + PAYLOADS.get(2) + ".exe\"\r\n\r\nMZ\r\n"
                + "--b--\r\n";

        WebDriver browser = session.browser();
        var wait = session.await();
        Staff.signIn(browser, wait, session.base(), "admin", CenterDeployment.ADMIN_PASSWORD);
        String key = Partners.issueKey(browser, wait, "hostile probe " + token);
        Partners.Filed filed = Partners.file(session.base(), key, eml);
        Staff.signOut(browser, wait);
        await().atMost(Duration.ofSeconds(60)).until(() -> SuiteDatabase.caseOf(filed.id()) > 0);

        String advisor = StaffSecurityIT.account("hostile-advisor", "ADVISOR");
        Staff.signIn(browser, wait, session.base(), advisor, CenterDeployment.ADMIN_PASSWORD);
        for (String lang : List.of("ja", "en")) {
            session.open("advisor/case.xhtml?lang=" + lang + "&id=" + SuiteDatabase.caseOf(filed.id()));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
            var js = (JavascriptExecutor) browser;
            assertThat(js.executeScript("return window.__hostile === undefined"))
                    .as(lang)
                    .isEqualTo(true);
            assertThat(browser.findElement(By.id("main")).getText())
                    .as("the case is the hostile report's")
                    .contains(token);
            assertThat(browser.findElement(By.id("evidence")).getText())
                    .as("the payloads are shown as inert text")
                    .contains("javascript:" + MARK);
            @SuppressWarnings("unchecked")
            List<String> loaded =
                    (List<String>) js.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
            String origin = session.base().toString();
            assertThat(loaded).as(lang + ": everything from the center").allMatch(u -> u.startsWith(origin));
        }

        // the spam as it looked: sanitised, in a sandboxed frame that loads and runs nothing
        browser.findElement(By.id("html:showHtml")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("spam-html")));
        var js = (JavascriptExecutor) browser;
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Boolean.TRUE.equals(js.executeScript(
                        "return performance.getEntriesByType('resource').some(e => e.name.includes('/html'))")));
        assertThat(js.executeScript("return window.__hostile === undefined")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        List<String> loaded =
                (List<String>) js.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).allMatch(u -> u.startsWith(session.base().toString()));

        // had markup slipped through, the pages' policy would still run none of it: no inline handler, no eval
        assertThat(session.refusedByPolicy())
                .as("nothing of the center's own was refused")
                .isEmpty();
        js.executeScript("var i = document.createElement('img'); i.setAttribute('onerror', 'window.__inline = 1');"
                + " i.src = 'data:,broken'; document.body.appendChild(i);"
                + " var s = document.createElement('script'); s.textContent = 'window.__inline = 2';"
                + " document.body.appendChild(s);");
        var refused = new java.util.ArrayList<String>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            refused.addAll(session.refusedByPolicy());
            return refused.size() >= 2;
        });
        assertThat(refused).as("the handler and the script, both refused").hasSize(2);
        assertThat(js.executeScript("return window.__inline === undefined")).isEqualTo(true);

        var http = new StaffHttp(session.base());
        http.signIn(advisor, CenterDeployment.ADMIN_PASSWORD);
        var html = http.get("api/v1/complaints/" + filed.id() + "/html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(html.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "img-src data:", "sandbox", "frame-ancestors 'self'");
        assertThat(html.body())
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("href=")
                .doesNotContain("tracker.hostile.test/p.gif\"")
                .contains("javascript[:]window");
        assertThat(SuiteDatabase.count("SELECT COUNT(*) FROM cmp_access_log WHERE complaint_id = " + filed.id()
                        + " AND what = 'HTML' AND actor = '" + advisor + "'"))
                .isGreaterThanOrEqualTo(2);
    }
}
