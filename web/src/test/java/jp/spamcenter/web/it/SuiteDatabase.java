package jp.spamcenter.web.it;

import java.sql.DriverManager;
import java.sql.SQLException;

/** The suite's database as the tests read and prepare it, beside the center (plain JDBC, loopback). */
final class SuiteDatabase {

    private SuiteDatabase() {}

    /** Runs one statement (test data the pages would take longer to make). */
    static void execute(String statement) throws SQLException {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var update = db.createStatement()) {
            update.executeUpdate(statement);
        }
    }

    /** The first column of the first row of a query, as a number (a count). */
    static long count(String query) throws SQLException {
        try (var db = DriverManager.getConnection(SuiteServices.databaseUrl(), "root", "embedded");
                var statement = db.createStatement();
                var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The case a report is in, or 0 while it has none (its analysis and case opening run after commit). */
    static long caseOf(long complaintId) throws SQLException {
        return count("SELECT COALESCE(MAX(case_id), 0) FROM adv_case_report WHERE complaint_id = " + complaintId);
    }
}
