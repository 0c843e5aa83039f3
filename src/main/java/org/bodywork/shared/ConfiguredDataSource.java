package org.bodywork.shared;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The JDBC source behind the container's pool {@code java:app/jdbc/bodywork}: Connector/J to the
 * configured MySQL or MariaDB.
 *
 * <p>{@code @DataSourceDefinition} needs one fixed class name, while the driver depends on
 * configuration; this class is that fixed name. Payara pools and enlists its connections as usual.
 */
public class ConfiguredDataSource implements DataSource {

    private final DbSettings settings = DbSettings.fromConfig();
    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());
    private static volatile String lastReported = "";
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        Properties properties = new Properties();
        if (!settings.user().isEmpty()) {
            properties.setProperty("user", settings.user());
        }
        properties.setProperty("password", settings.password());
        // A wrong host should fail in seconds with one clear line, not hang a request.
        properties.setProperty("connectTimeout", "5000");
        // EclipseLink 4.0.7 leaves the statement of every INSERT with a generated key open (its issue
        // #2366); Connector/J keeps each open statement on its connection, and the pool keeps the
        // connection, so every insert leaked a statement until the heap ran out (found by the load
        // test). Untracked, a statement no one refers to is collected; nothing is held on the server,
        // as statements are prepared on the client.
        properties.setProperty("dontTrackOpenResources", "true");
        // Each statement's SQL is parsed on the client once per connection, not once per use: the
        // parse was about 5 % of a page's CPU in the profile (docs/PERFORMANCE.md, issue 22).
        properties.setProperty("cachePrepStmts", "true");
        properties.setProperty("prepStmtCacheSize", "250");
        properties.setProperty("prepStmtCacheSqlLimit", "2048");
        try {
            Connection connection = driverFor(settings.url()).connect(settings.url(), properties);
            if (connection == null) {
                throw new SQLException("BODYWORK_DB_URL must start with jdbc:mysql: (MySQL or MariaDB)");
            }
            // Booking waits on a row lock and then reads what the lock holder committed; under MySQL's
            // default REPEATABLE READ that read would come from a snapshot taken before the wait.
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return connection;
        } catch (SQLException e) {
            report(e);
            throw e;
        }
    }

    /** One clear line per distinct problem, however often the pool retries. */
    private void report(SQLException e) {
        String problem =
                String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
        if (!problem.equals(lastReported)) {
            lastReported = problem;
            LOG.severe(() -> "Bodywork cannot connect to its database " + settings.safeUrl() + " as user '"
                    + settings.user() + "': " + problem + "."
                    + " Check BODYWORK_DB_URL, BODYWORK_DB_USER and BODYWORK_DB_PASSWORD.");
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    private static Driver driverFor(String url) throws SQLException {
        if (url.isEmpty()) {
            // The persistence unit connects while the app deploys, before Database starts: here is
            // the first moment a missing setting shows, and the start goes no further.
            Database.refuseToStart(Database.NO_DATABASE);
        }
        return new com.mysql.cj.jdbc.Driver();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
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
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
