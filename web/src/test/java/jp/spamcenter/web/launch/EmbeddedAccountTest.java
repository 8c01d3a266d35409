package jp.spamcenter.web.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import jp.spamcenter.complaint.testsupport.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database of {@code ./mvnw -Prun} checks accounts: only the center's account, with the password
 * kept in the data folder, gets in, and only to the center's database; the password is the same at the next start.
 */
class EmbeddedAccountTest {

    @Test
    void onlyTheCentersAccountGetsInAndOnlyToItsDatabase(@TempDir Path data) throws Exception {
        String password = CenterLauncher.databasePassword(data);
        assertThat(password).hasSize(48);
        assertThat(CenterLauncher.databasePassword(data))
                .as("kept for the next start")
                .isEqualTo(password);
        assertThat(Files.getPosixFilePermissions(data.resolve("database-password")))
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");

        try (var database =
                EmbeddedMariaDb.startWithAccount(data.resolve("mariadb"), 0, "center", password, "spamcenter")) {
            String url = database.jdbcUrl("spamcenter");
            try (var center = DriverManager.getConnection(url, "center", password);
                    var statement = center.createStatement()) {
                statement.execute("CREATE TABLE cmp_contact (email VARCHAR(254))");
                statement.execute("INSERT INTO cmp_contact VALUES ('hanako@example.jp')");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(url, "center", "wrong"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "embedded"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "anyone", ""))
                    .isInstanceOf(SQLException.class);
            try (var center = DriverManager.getConnection(
                            "jdbc:mariadb://127.0.0.1:" + database.port() + "/", "center", password);
                    var statement = center.createStatement()) {
                assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM mysql.user"))
                        .as("nothing beyond its own database")
                        .isInstanceOf(SQLException.class);
            }
        }
    }
}
