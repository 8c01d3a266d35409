package jp.spamcenter.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.web.pages.shared.FigureLabels;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every way a report comes in — the web form's description, pasted source and upload, the phone page, the
 * report mailbox, a partner's api call, and a re-analysis after an upgrade — ends in the same figures: once the
 * center has analysed and counted them, the dashboard's tables by every dimension, their CSV and XLSX, the
 * monthly PDF and the public figures each equal a recount of the stored reports (every report of the suite, not
 * only this test's), and the administrator's statistics check finds no difference.
 */
@ExtendWith(ArquillianExtension.class)
class EveryWayInIT {

    private static final ZoneId CENTER = CenterTime.ZONE;
    private static final String RECEIVED = "Received: from unknown (HELO pc) (%s) by mx.carrier.test with SMTP; %s\r\n";

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(() -> deployed);

    @Test
    void everyReportIsCountedOnceOnEveryFigureWhicheverWayItCameIn() throws Exception {
        WebDriver browser = session.browser();
        WebDriverWait wait = session.await();
        URI base = session.base();
        String token = Long.toString(System.nanoTime());
        List<String> receipts = new ArrayList<>();

        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        String key = Partners.issueKey(browser, wait, "全経路試験");
        Staff.createAccountFrom(browser, wait, "ways-advisor", "相談員 経路", "ways-advisor-Passw0rd", 0);
        Staff.createAccount(browser, wait, "ways-manager", "管理者 経路", "ways-manager-Passw0rd", 1);
        Staff.signOut(browser, wait);

        // the web form: a description, a pasted source from China, an uploaded .eml from Korea
        session.open("");
        receipts.add(Citizen.report(browser, wait, "全経路 説明 " + token, "出会い系サイトの勧誘が届きました。", "13", null)[0]);
        browser.findElement(By.id("report:another")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=radio][value=SOURCE]")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:source")))
                .sendKeys(spam("202.108.22.5", "全経路 貼り付け " + token, "未払いの利用料金があります。本日中にご連絡ください。"));
        new Select(browser.findElement(By.id("report:prefecture"))).selectByValue("27");
        new Select(browser.findElement(By.id("report:channel"))).selectByValue("MOBILE_MAIL");
        receipts.add(submitted(browser, wait));
        browser.findElement(By.id("report:another")).click();
        Path work = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it")));
        Path eml = Files.writeString(
                work.resolve("every-way-" + token + ".eml"),
                spam("211.115.206.1", "全経路 添付 " + token, "オンラインカジノで今すぐボーナスを受け取れます。"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=radio][value=UPLOAD]")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report:file")))
                .sendKeys(eml.toString());
        new Select(browser.findElement(By.id("report:prefecture"))).selectByValue("01");
        receipts.add(submitted(browser, wait));
        // the upload went in the background, its progress shown up to the whole file
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return sessionStorage.getItem('center.upload.percent')"))
                .isEqualTo("100");

        // the phone page: an advisor files a caller's report
        Staff.signIn(browser, wait, base, "ways-advisor", "ways-advisor-Passw0rd");
        browser.findElement(By.id("nav-phone")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone:subject")))
                .sendKeys("全経路 電話 " + token);
        browser.findElement(By.id("phone:messageText")).sendKeys("融資の勧誘のSMSが届いたとの電話。");
        new Select(browser.findElement(By.id("phone:prefecture"))).selectByValue("40");
        browser.findElement(By.id("phone:file")).click();
        receipts.add(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone-receipt")))
                .getText());
        Staff.signOut(browser, wait);

        // the report mailbox: a citizen forwards spam from Brazil as an attachment
        deliverToMailbox(token);
        // a partner's machine: spam from Russia
        receipts.add(Partners.file(base, key, spam("5.45.207.1", "全経路 API " + token, "Claim your prize now."))
                .receiptNumber());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT COUNT(*) FROM cmp_complaint WHERE subject LIKE '全経路 %" + token + "'") == 6);
        settled();

        // an analyser upgrade: the same reports analysed again must move their counts, never add to them
        sql("UPDATE cmp_analysis SET analyser_version = '0.9/old' WHERE complaint_id IN"
                + " (SELECT id FROM cmp_complaint WHERE subject LIKE '全経路 %" + token + "')");
        Staff.signIn(browser, wait, base, "admin", CenterDeployment.ADMIN_PASSWORD);
        browser.findElement(By.id("nav-analysis")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("analysis:reanalyse")))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("analysis:run-finished")));
        settled();

        // every figure as the stored reports tell it, for the reports of this month (Japan time)
        YearMonth month = YearMonth.now(CENTER);
        Map<Dimension, Map<String, Long>> recount = recount(month.atDay(1), month.atEndOfMonth());
        assertThat(recount.get(Dimension.COUNTRY)).containsKeys("CN", "KR", "BR", "RU");
        assertThat(recount.get(Dimension.INTAKE)).containsKeys("WEB_FORM", "PHONE", "MAILBOX", "BULK_API");

        // the administrator's check: every rollup equals its recount
        browser.findElement(By.id("statisticsCheck:startCheck")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-state"), "一致しました"));
        assertThat(browser.findElement(By.id("check-state")).getText()).isEqualTo("前回の検査：すべての集計が数え直しと一致しました。");
        assertThat(Long.parseLong(browser.findElement(By.id("check-reports")).getText()))
                .isEqualTo(count("SELECT COUNT(*) FROM cmp_complaint"));
        assertThat(browser.findElements(By.id("statisticsCheck:differences"))).isEmpty();
        Staff.signOut(browser, wait);

        // the manager's dashboard, its table by every dimension and the table's CSV and XLSX
        Staff.signIn(browser, wait, base, "ways-manager", "ways-manager-Passw0rd");
        browser.findElement(By.id("nav-dashboard")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:csv")));
        Map<String, String> period =
                query(browser.findElement(By.id("dashboard:csv")).getAttribute("href"));
        LocalDate from = LocalDate.parse(period.get("from"));
        LocalDate to = LocalDate.parse(period.get("to"));
        Map<Dimension, Map<String, Long>> shown = recount(from, to);
        assertThat(Long.parseLong(browser.findElement(By.id("dashboard-total")).getText()))
                .isEqualTo(shown.get(Dimension.TOTAL).get(""));
        for (Dimension dimension : List.of(
                Dimension.COUNTRY,
                Dimension.CATEGORY,
                Dimension.CHANNEL,
                Dimension.INTAKE,
                Dimension.PREFECTURE,
                Dimension.DUTY)) {
            new Select(browser.findElement(By.id("dashboard:tableDimension"))).selectByValue(dimension.name());
            wait.until(driver -> driver.findElement(By.id("dashboard:csv"))
                    .getAttribute("href")
                    .contains("/" + dimension.name() + ".csv"));
            Widgets.ajaxIdle(browser, wait);
            Map<String, Long> expected = shown.get(dimension);
            assertThat(tableRows(browser))
                    .as("dashboard table by " + dimension)
                    .isEqualTo(labelled(dimension, expected));
            assertThat(csv(session.download(base.resolve(
                            browser.findElement(By.id("dashboard:csv")).getAttribute("href")))))
                    .as("CSV by " + dimension)
                    .isEqualTo(expected);
            assertThat(xlsx(session.download(base.resolve(
                            browser.findElement(By.id("dashboard:xlsx")).getAttribute("href")))))
                    .as("XLSX by " + dimension)
                    .isEqualTo(expected);
        }

        // the monthly report: the month's total, and each country of the top ten with its count
        try (var document = Loader.loadPDF(
                session.download(base.resolve("api/v1/statistics/monthly-report/" + month + ".pdf?lang=ja")))) {
            String text = new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
            long total = recount.get(Dimension.TOTAL).get("");
            assertThat(text).containsPattern("(?m)^" + number(total) + " ");
            recount.get(Dimension.COUNTRY).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(10)
                    .forEach(e -> assertThat(text)
                            .as("the PDF's line of " + e.getKey())
                            .containsPattern("(?m)^" + Pattern.quote(label(Dimension.COUNTRY, e.getKey())) + " "
                                    + number(e.getValue()) + " "));
        }
        Staff.signOut(browser, wait);

        // the public figures of the month: the total, and every country shown with its count
        session.open("statistics.xhtml?month=" + month);
        long total = recount.get(Dimension.TOTAL).get("");
        assertThat(browser.findElement(By.id("public-total")).getText())
                .isEqualTo(total >= 10 ? Long.toString(total) : "10件未満");
        var countries =
                browser.findElements(By.cssSelector("section.public-table")).get(1);
        for (WebElement row : countries.findElements(By.cssSelector("tbody tr:not(.suppressed)"))) {
            String label = row.findElement(By.tagName("th")).getText();
            String code = recount.get(Dimension.COUNTRY).keySet().stream()
                    .filter(c -> label(Dimension.COUNTRY, c).equals(label))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("a country nobody reported: " + label));
            assertThat(row.findElement(By.tagName("td")).getText())
                    .as("public count of " + label)
                    .isEqualTo(Long.toString(recount.get(Dimension.COUNTRY).get(code)));
        }
        assertThat(receipts).hasSize(5).doesNotContainNull();
    }

    /** A spam message from an address abroad, as its first relay received it. */
    private static String spam(String ip, String subject, String text) {
        return RECEIVED.formatted(ip, DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(CENTER)))
                + "From: <info@every-way.test>\r\n"
                + "Subject: =?UTF-8?B?"
                + java.util.Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
                + "?=\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n";
    }

    private static String submitted(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.id("report:submit")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-number")))
                .getText();
    }

    private static void deliverToMailbox(String token) throws Exception {
        // a domain of its own: other tests count the acknowledgements mailed to theirs
        String forward = "From: Citizen <citizen@every-way.example.org>\r\n"
                + "To: " + SuiteServices.MAILBOX_ADDRESS + "\r\n"
                + "Subject: Fwd: spam\r\n"
                + "Message-ID: <every-way-" + token + "@example.jp>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nPlease look at this.\r\n"
                + "--b1\r\nContent-Type: message/rfc822\r\n\r\n"
                + spam("200.147.67.142", "全経路 転送 " + token, "Ganhe dinheiro agora no cassino.")
                + "--b1--\r\n";
        var message = new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(forward.getBytes(StandardCharsets.UTF_8)));
        SuiteServices.mail()
                .getUserManager()
                .getUserByEmail(SuiteServices.MAILBOX_ADDRESS)
                .deliver(message);
    }

    /** Nothing waits: every report analysed (or quarantined) and every event delivered to every consumer. */
    private static void settled() throws Exception {
        await().atMost(Duration.ofSeconds(90))
                .until(() -> count("SELECT COUNT(*) FROM cmp_analysis_job WHERE quarantined_at IS NULL") == 0
                        && count("SELECT COUNT(*) FROM cmp_outbox_delivery") == 0);
    }

    /** The stored reports received in the period (center days, both ends), counted by every dimension. */
    private static Map<Dimension, Map<String, Long>> recount(LocalDate first, LocalDate last) throws Exception {
        Instant from = first.atStartOfDay(CENTER).toInstant();
        Instant until = last.plusDays(1).atStartOfDay(CENTER).toInstant();
        String reports = " FROM cmp_complaint c LEFT JOIN cmp_analysis a ON a.complaint_id = c.id"
                + " WHERE c.received_at >= ? AND c.received_at < ?";
        var counts = new EnumMap<Dimension, Map<String, Long>>(Dimension.class);
        counts.put(Dimension.TOTAL, grouped("SELECT '', COUNT(*)" + reports, from, until));
        counts.put(Dimension.CHANNEL, grouped("SELECT c.channel, COUNT(*)" + reports + " GROUP BY 1", from, until));
        counts.put(Dimension.INTAKE, grouped("SELECT c.intake, COUNT(*)" + reports + " GROUP BY 1", from, until));
        counts.put(
                Dimension.PREFECTURE,
                grouped(
                        "SELECT c.prefecture_code, COUNT(*)" + reports
                                + " AND c.prefecture_code IS NOT NULL GROUP BY 1",
                        from,
                        until));
        counts.put(
                Dimension.CATEGORY,
                grouped(
                        "SELECT a.category, COUNT(*)" + reports + " AND a.category IS NOT NULL GROUP BY 1",
                        from,
                        until));
        counts.put(
                Dimension.COUNTRY,
                grouped(
                        "SELECT COALESCE(a.origin_country, ''), COUNT(*)" + reports
                                + " AND a.complaint_id IS NOT NULL GROUP BY 1",
                        from,
                        until));
        var duties = new HashMap<String, Long>();
        String[][] flags = {
            {"SENDER_NAME", "lacks_sender_name"},
            {"OPT_OUT_NOTICE", "lacks_opt_out_notice"},
            {"OPT_OUT_ADDRESS", "lacks_opt_out_address"},
            {"POSTAL_ADDRESS", "lacks_postal_address"},
            {"CONTACT", "lacks_contact"},
            {"TRUE_SENDER_INFO", "sender_falsified"}
        };
        for (String[] flag : flags) {
            long n = grouped("SELECT '', COUNT(*)" + reports + " AND a." + flag[1], from, until)
                    .getOrDefault("", 0L);
            if (n > 0) {
                duties.put(flag[0], n);
            }
        }
        counts.put(Dimension.DUTY, duties);
        return counts;
    }

    private static Map<String, Long> grouped(String sql, Instant from, Instant until) throws Exception {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var query = db.prepareStatement(sql)) {
            query.setTimestamp(
                    1, Timestamp.valueOf(from.atOffset(ZoneOffset.UTC).toLocalDateTime()));
            query.setTimestamp(
                    2, Timestamp.valueOf(until.atOffset(ZoneOffset.UTC).toLocalDateTime()));
            var counts = new HashMap<String, Long>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(2) > 0) {
                        counts.put(rows.getString(1) == null ? "" : rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return counts;
        }
    }

    /** The dashboard table's rows: each value's label and count. */
    private static Map<String, Long> tableRows(WebDriver browser) {
        var rows = new HashMap<String, Long>();
        for (WebElement row : browser.findElements(By.cssSelector("#dashboard\\:breakdown tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.size() == 2) {
                rows.put(
                        cells.get(0).findElement(By.tagName("a")).getText(),
                        Long.parseLong(cells.get(1).getText().replaceAll("\\D", "")));
            }
        }
        return rows;
    }

    private static Map<String, Long> labelled(Dimension dimension, Map<String, Long> counts) {
        var labelled = new HashMap<String, Long>();
        counts.forEach((value, n) -> labelled.merge(label(dimension, value), n, Long::sum));
        return labelled;
    }

    private static String label(Dimension dimension, String value) {
        return FigureLabels.label(dimension, value, Locale.JAPANESE);
    }

    private static Map<String, Long> csv(byte[] body) throws Exception {
        var counts = new HashMap<String, Long>();
        var records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "")));
        for (var record : records) {
            counts.put(record.get(0), Long.parseLong(record.get(2)));
        }
        return counts;
    }

    private static Map<String, Long> xlsx(byte[] body) throws Exception {
        var counts = new HashMap<String, Long>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                counts.put(sheet.getRow(r).getCell(0).getStringCellValue(), (long)
                        sheet.getRow(r).getCell(2).getNumericCellValue());
            }
        }
        return counts;
    }

    private static Map<String, String> query(String href) {
        var values = new HashMap<String, String>();
        for (String pair : URI.create(href).getQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static long count(String sql) {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement) throws Exception {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded")) {
            db.createStatement().executeUpdate(statement);
        }
    }
}
