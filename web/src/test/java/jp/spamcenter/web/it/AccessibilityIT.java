package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;

/** The citizens' pages have no serious or critical WCAG 2 A/AA violations (axe-core), in both languages. */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    @ArquillianResource
    URL deployed;

    private URI base;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        base = CenterDeployment.loopback(deployed);
        browser = Browser.start(Path.of(System.getProperty("it.work.dir", "target/it")));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"?lang=ja", "?lang=en", "status.xhtml?lang=ja", "staff/login.xhtml?lang=ja"})
    void citizenPagesHaveNoSeriousViolations(String page) {
        browser.get(base.resolve(page).toString());
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser);
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
