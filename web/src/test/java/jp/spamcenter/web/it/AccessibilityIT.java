package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The citizens' pages have no serious or critical WCAG 2 A/AA violations (axe-core), in both languages. */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(() -> deployed);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "?lang=ja",
                "?lang=en",
                "status.xhtml?lang=ja",
                "faq.xhtml?lang=ja",
                "faq.xhtml?lang=en",
                "statistics.xhtml?lang=ja",
                "statistics.xhtml?lang=en",
                "staff/login.xhtml?lang=ja"
            })
    void citizenPagesHaveNoSeriousViolations(String page) throws Exception {
        session.open(page);
        assertNoSeriousViolations(page);
    }

    @Test
    void advisorPagesHaveNoSeriousViolations() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();
        browser.get(base.toString());
        String[] receipt = Citizen.report(browser, wait, "アクセシビリティ確認 " + System.nanoTime(), "本文です。", "13", null);
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        Staff.createAccount(browser, wait, "axe-advisor", "確認 六郎", "axe-advisor-Passw0rd", 0, 3);
        Staff.signOut(browser, wait);
        Staff.signIn(browser, wait, base, "axe-advisor", "axe-advisor-Passw0rd");
        for (String page :
                new String[] {"advisor/cases.xhtml?queue=ALL", "advisor/guidance.xhtml", "advisor/supervision.xhtml"}) {
            browser.get(base.resolve(page).toString());
            assertNoSeriousViolations(page);
        }
        Staff.openCase(browser, wait, base, receipt[0]);
        assertNoSeriousViolations("advisor/case.xhtml");
        // the referral form open
        browser.findElement(By.id("referrals:start")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referrals:summary")));
        assertNoSeriousViolations("advisor/case.xhtml, referral form");
    }

    @Test
    void administratorAndManagerPagesHaveNoSeriousViolations() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        for (String page : new String[] {"admin/directory.xhtml", "admin/accounts.xhtml", "admin/api-keys.xhtml"}) {
            session.open(page);
            assertNoSeriousViolations(page);
        }
        Staff.createAccountFrom(browser, wait, "axe-manager", "確認 九子", "axe-manager-Passw0rd", 1);
        Staff.signOut(browser, wait);
        Staff.signIn(browser, wait, base, "axe-manager", "axe-manager-Passw0rd");
        for (String page :
                new String[] {"manager/dashboard.xhtml", "manager/abuse-reports.xhtml", "manager/statistics.xhtml"}) {
            session.open(page);
            assertNoSeriousViolations(page);
        }
    }

    private void assertNoSeriousViolations(String page) throws Exception {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(session.browser());
        var serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " "
                        + v.getNodes().stream()
                                .map(n -> n.getTarget().toString())
                                .toList())
                .toList();
        assertThat(serious).as(page).isEmpty();
    }
}
