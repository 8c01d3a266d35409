package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import jp.spamcenter.complaint.api.CenterTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A manager's month in figures, as a new manager reads it, after the administrator rebuilt the statistics from
 * scratch (every report and case counted once, and a new case counted from its event): the dashboard's charts,
 * a click on a country's bar listing the reports behind it, the monthly report as PDF and a table as XLSX, the
 * figures of one country only and their downloads, the service targets' table; and the public figures a citizen
 * sees, small counts suppressed.
 */
@ExtendWith(ArquillianExtension.class)
class ManagerDashboardIT {

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(() -> deployed);

    @Test
    void aManagerReadsTheMonthDrillsIntoACountryAndDownloadsThePdfAndTheXlsx() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();

        // spam from abroad this month, through a partner's key
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        String key = Partners.issueKey(browser, wait, "統計試験");
        Staff.createAccountFrom(browser, wait, "dash-manager", "管理者 十子", "dash-manager-Passw0rd", 1, 0);
        Staff.signOut(browser, wait);
        String first = file(base, key, "Casino bonus 1");
        file(base, key, "Casino bonus 2");
        // and some whose origin nobody can tell (no Received: line), more than those from abroad
        for (int i = 0; i < 3; i++) {
            Partners.file(
                    base,
                    key,
                    "From: <info@nowhere.test>\r\nSubject: Unknown origin " + i + " " + System.nanoTime()
                            + "\r\n\r\nWin a prize today.\r\n");
        }

        // the administrator rebuilds the statistics from scratch: every report is counted once
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        browser.findElement(By.id("nav-analysis")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("rebuild:startRebuild")))
                .click();
        Widgets.confirm(browser, wait);
        new WebDriverWait(browser, java.time.Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("rebuild-progress"), "完了"));
        await().atMost(java.time.Duration.ofSeconds(30))
                .until(
                        () -> sql("SELECT COUNT(*) FROM cmp_complaint")
                                == sql(
                                        "SELECT COALESCE(SUM(complaints), 0) FROM rep_daily WHERE slice = '' AND dimension = 'TOTAL'"));
        // the cases were counted too, each once: the rebuild's and the events' counts agree with the cases
        await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> sql("SELECT COUNT(*) FROM adv_case WHERE merged_into IS NULL") == openedCases());
        Staff.signOut(browser, wait);

        // a citizen's report opens a case, which the statistics learn of from the case's own event
        long openedBefore = openedCases();
        session.open("");
        Citizen.report(browser, wait, "統計の案件", "出会い系サイトの勧誘メールが届きました。", "13", null);
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> openedCases() == openedBefore + 1);

        // the dashboard: charts of the year to today, the figures table by country
        Staff.signIn(browser, wait, base, "dash-manager", "dash-manager-Passw0rd");
        // a manager who also advises starts on the cases, and the dashboard is one click away
        wait.until(ExpectedConditions.urlContains("/advisor/cases.xhtml"));
        browser.findElement(By.id("nav-dashboard")).click();
        wait.until(driver -> {
            driver.findElement(By.id("dashboard:show")).click();
            return !driver.findElements(By.xpath("//*[@id='dashboard:breakdown']//a[contains(@id,'drillRow')]"))
                    .isEmpty();
        });
        wait.until(driver ->
                Long.parseLong(driver.findElement(By.id("dashboard-total")).getText()) >= 2);
        for (String chart : new String[] {"trend", "countries", "categories", "channels"}) {
            assertThat(browser.findElements(By.cssSelector("#dashboard\\:" + chart + " canvas")))
                    .as(chart)
                    .hasSize(1);
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard:breakdown"), "アメリカ合衆国"));
        // the rising campaigns as a reader knows them: subject, sender domain and dates, not a key
        String risingText = browser.findElement(By.id("dashboard:rising")).getText();
        assertThat(risingText)
                .contains(
                        "Casino bonus",
                        "casino-abroad.test",
                        java.time.LocalDate.now(CenterTime.ZONE).toString())
                .doesNotContainPattern("[0-9a-f]{24}");

        // a click on the bar of the United States lists the reports behind it (clicked again should an update
        // of the form have replaced the chart under the pointer)
        Widgets.ajaxIdle(browser, wait);
        new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .pollingEvery(java.time.Duration.ofSeconds(2))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> {
                    WebElement canvas = driver.findElement(By.cssSelector("#dashboard\\:countries canvas"));
                    // the whole chart in the window: a pointer outside it clicks nothing
                    ((JavascriptExecutor) driver)
                            .executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> bar = (Map<String, Object>) ((JavascriptExecutor) driver)
                            .executeScript(
                                    "const chart = Chart.getChart(arguments[0]);"
                                            + " const i = chart.data.labels.indexOf(arguments[1]);"
                                            + " const bar = chart.getDatasetMeta(0).data[i];"
                                            + " const box = arguments[0].getBoundingClientRect();"
                                            + " return {x: (bar.x + bar.base) / 2 - box.width / 2,"
                                            + " y: bar.y - box.height / 2};",
                                    canvas,
                                    "アメリカ合衆国");
                    new Actions(driver)
                            .moveToElement(
                                    canvas, ((Number) bar.get("x")).intValue(), ((Number) bar.get("y")).intValue())
                            .click()
                            .perform();
                    Widgets.ajaxIdle(driver, wait);
                    return !driver.findElements(By.id("drill-heading")).isEmpty();
                });
        assertThat(browser.findElement(By.id("drill-heading")).getText()).contains("アメリカ合衆国");
        assertThat(browser.findElement(By.id("dashboard:reports")).getText()).contains(first);

        // the monthly report as PDF, and the country table as XLSX
        String month = YearMonth.now(CenterTime.ZONE).toString();
        byte[] pdf = session.download(base.resolve("api/v1/statistics/monthly-report/" + month + ".pdf?lang=ja"));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("迷惑メール情報提供の状況", "分類別", "送信元の国・地域（上位10）", "アメリカ合衆国");
        }
        String query = "from=" + YearMonth.now(CenterTime.ZONE).atDay(1) + "&to="
                + YearMonth.now(CenterTime.ZONE).atEndOfMonth();
        byte[] xlsx = session.download(base.resolve("api/v1/statistics/country.xlsx?" + query));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("送信元の国・地域（コード）");
            boolean us = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if ("US".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    us = sheet.getRow(r).getCell(2).getNumericCellValue() >= 2;
                }
            }
            assertThat(us).as("the US row counts both reports").isTrue();
        }
        String csv = new String(
                session.download(base.resolve("api/v1/statistics/category.csv?" + query)), StandardCharsets.UTF_8);
        assertThat(csv).contains("分類（コード）,分類,件数");
        String englishCsv = new String(
                session.download(base.resolve("api/v1/statistics/category.csv?lang=en&" + query)),
                StandardCharsets.UTF_8);
        assertThat(englishCsv).contains("Category (code),Category,Reports");
        String risingCsv = new String(
                session.download(base.resolve("api/v1/statistics/rising.csv?from="
                        + YearMonth.now(CenterTime.ZONE).atDay(1) + "&to="
                        + java.time.LocalDate.now(CenterTime.ZONE))), // the week up to today
                StandardCharsets.UTF_8);
        assertThat(risingCsv)
                .contains("キャンペーンの識別キー,最も多い件名,最も多い送信元ドメイン,最初の情報提供日,最後の情報提供日," + "直近7日の件数,その前の7日の件数")
                .contains("casino-abroad.test");

        // only the reports from the United States: every figure is theirs, and so are the downloads
        new Select(browser.findElement(By.id("dashboard:filter"))).selectByVisibleText("アメリカ合衆国");
        browser.findElement(By.id("dashboard:show")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:filtered")));
        assertThat(Long.parseLong(browser.findElement(By.id("dashboard-total")).getText()))
                .isEqualTo(sql("SELECT COUNT(*) FROM rep_complaint WHERE received AND origin_country = 'US'"
                        + " AND day >= '"
                        + YearMonth.now(CenterTime.ZONE).minusMonths(11).atDay(1) + "'"));
        assertThat(browser.findElement(By.id("dashboard:breakdown")).getText())
                .contains("アメリカ合衆国")
                .doesNotContain("日本");
        String filteredCsv = new String(
                session.download(
                        base.resolve(browser.findElement(By.id("dashboard:csv")).getAttribute("href"))),
                StandardCharsets.UTF_8);
        assertThat(filteredCsv).contains("US,アメリカ合衆国,").doesNotContain("\nJP,");
        // the phishing card counts the links of the United States' phishing reports only
        String since = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(YearMonth.now(CenterTime.ZONE)
                        .minusMonths(11)
                        .atDay(1)
                        .atStartOfDay(CenterTime.ZONE)
                        .withZoneSameInstant(java.time.ZoneOffset.UTC));
        var phishingFigures = browser.findElements(By.cssSelector("[id='dashboard:phishing-counts'] .figure")).stream()
                .map(e -> Long.parseLong(e.getText()))
                .toList();
        assertThat(phishingFigures)
                .containsExactly(
                        sql("SELECT COUNT(*) FROM cmp_analysis a JOIN cmp_complaint c ON c.id = a.complaint_id"
                                + " WHERE a.category = 'PHISHING' AND a.origin_country = 'US'"
                                + " AND c.received_at >= '" + since + "'"),
                        sql("SELECT COUNT(DISTINCT u.url_hash) FROM cmp_phishing_url u JOIN cmp_analysis a"
                                + " ON a.complaint_id = u.complaint_id WHERE a.origin_country = 'US'"
                                + " AND u.received_at >= '" + since + "'"),
                        sql("SELECT COUNT(DISTINCT u.host) FROM cmp_phishing_url u JOIN cmp_analysis a"
                                + " ON a.complaint_id = u.complaint_id WHERE a.origin_country = 'US'"
                                + " AND u.received_at >= '" + since + "'"));
        // the service targets by month, as the dashboard's card shows them
        String service = new String(
                session.download(base.resolve(
                        browser.findElement(By.id("dashboard:serviceCsv")).getAttribute("href"))),
                StandardCharsets.UTF_8);
        assertThat(service)
                .contains("月,開始した案件,初回回答した案件,期限内に初回回答,完了した案件,期限内に完了,対応中")
                .contains(month + ",");
        assertThat(browser.findElement(By.id("sla")).getText()).contains("開始した案件");

        // the same dashboard in English: headings, figures' names and the filter menu
        session.open("manager/dashboard.xhtml?lang=en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sla"), "Cases opened"));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Top origin countries", "Service targets", "Referrals sent and how they ended", "Show only");
        new Select(browser.findElement(By.id("dashboard:filter"))).selectByVisibleText("United States");
        browser.findElement(By.id("dashboard:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard:filtered"), "United States"));
        assertThat(browser.findElement(By.id("dashboard:breakdown")).getText()).contains("United States");
        session.open("manager/dashboard.xhtml?lang=ja");
        Staff.signOut(browser, wait);

        // the public figures: aggregates only, counts under the minimum suppressed
        session.open("statistics.xhtml?month=" + month);
        assertThat(browser.findElement(By.id("public-month")).getText()).isEqualTo(month);
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("送信元の国・地域（上位10）", "件未満")
                .doesNotContain(first);
        // a month without reports says so under each heading, and the month links stand apart
        session.open("statistics.xhtml?month=2001-01");
        assertThat(browser.findElements(By.xpath("//tr[@class='empty']")))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).isEqualTo("この月の情報提供はありません"));
        var previous = browser.findElement(By.id("previous")).getRect();
        var shown = browser.findElement(By.id("public-month")).getRect();
        assertThat(shown.getX()).isGreaterThanOrEqualTo(previous.getX() + previous.getWidth() + 8);
    }

    private static long openedCases() {
        return sql("SELECT COALESCE(SUM(amount), 0) FROM rep_case_daily WHERE measure = 'OPENED'");
    }

    private static long sql(String query) {
        try (var db = java.sql.DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var rows = db.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String file(URI base, String key, String subject) throws Exception {
        String eml = "Return-Path: <bounce@casino-abroad.test>\r\n"
                + "Received: from unknown (HELO pc) (45.76.12.34) by mx.carrier.test with SMTP; "
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n"
                + "From: <info@casino-abroad.test>\r\nSubject: " + subject + " " + System.nanoTime()
                + "\r\n\r\nClaim 100 free spins at our online casino today.\r\n";
        return Partners.file(base, key, eml).receiptNumber();
    }
}
