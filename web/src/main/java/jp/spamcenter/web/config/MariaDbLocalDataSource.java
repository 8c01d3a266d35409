package jp.spamcenter.web.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB as a plain {@link DataSource}, for the server's pool. The center has one database, so its
 * transactions need no two-phase commit: declared with the driver's own class (which is also an XA data source)
 * the pool would run every transaction as an XA branch (XA START, END and COMMIT round trips, and the server's
 * XA bookkeeping); through this class it uses local transactions.
 *
 * <p>The connection uses the server's prepared statements (binary protocol) unless the configured address says
 * otherwise ({@code useServerPrepStmts=false}): the raw messages of a bulk filing are sent as they are, where the
 * text protocol would escape every byte of them.
 */
public class MariaDbLocalDataSource implements DataSource {

    static final String SERVER_PREPARED = "useServerPrepStmts";

    private final MariaDbDataSource driver = new MariaDbDataSource();

    public void setUrl(String url) throws SQLException {
        driver.setUrl(withDefaults(url));
    }

    public void setUser(String user) throws SQLException {
        driver.setUser(user);
    }

    public void setPassword(String password) throws SQLException {
        driver.setPassword(password);
    }

    /** The address with the center's defaults added where it does not set them itself. */
    public static String withDefaults(String url) {
        if (url == null || url.contains(SERVER_PREPARED + "=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + SERVER_PREPARED + "=true";
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return driver.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
