package org.bodywork.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bodywork.shared.DemoGate.Holds;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

/**
 * Defines the connection pool and brings the schema up to date with Flyway at start-up, before JPA
 * is used. A database that cannot be reached gives one log line and a failing {@code /health/ready}
 * rather than a failed deployment, and migration is tried again when readiness is next asked. No
 * database configured at all, or demo data asked for where {@link DemoGate} refuses it, stops the
 * start (issue 23).
 */
@DataSourceDefinition(
        name = Database.JNDI,
        className = "org.bodywork.shared.ConfiguredDataSource",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 32,
        // A restarted database leaves every pooled connection dead: each is checked (isValid, a
        // ping) before use, and the first dead one empties the pool.
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // A ping per checkout was a round trip per request under load; once per 2 s per
            // connection still finds a restarted database before its first request needs it.
            "fish.payara.validate-atmost-once-period-in-seconds=2"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

    public static final String JNDI = "java:app/jdbc/bodywork";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    @Resource(lookup = JNDI)
    private DataSource dataSource;

    /** The exit status of a refused start: a configuration error (sysexits.h's EX_CONFIG). */
    static final int REFUSED = 78;

    private final DbSettings settings = DbSettings.fromConfig();
    private final Config config = ConfigProvider.getConfig(Database.class.getClassLoader());
    private final boolean demo = config.getOptionalValue("bodywork.demo-data", String.class)
            .filter(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("large"))
            .isPresent();
    private String failure = "not migrated yet";
    private Instant lastAttempt = Instant.MIN;

    @PostConstruct
    void start() {
        if (settings.url().isEmpty()) {
            refuseToStart(NO_DATABASE);
            return;
        }
        migrate();
    }

    /**
     * Stops the server with one clear line: a start that must not go on is not left running with no
     * app, or the wrong one. It halts rather than exits: the shutdown hooks would wait for the
     * deployment that calls this, and nothing has been written that they could save.
     */
    static void refuseToStart(String why) {
        LOG.severe(() -> "Bodywork refuses to start. " + why);
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(REFUSED);
    }

    /** Why a start with no database configured stops. */
    static final String NO_DATABASE = "No database is configured: set BODYWORK_DB_URL (with BODYWORK_DB_USER and"
            + " BODYWORK_DB_PASSWORD) to the practice's MySQL or MariaDB. To try Bodywork, the README's run"
            + " command starts a demo with a database of its own.";

    /**
     * The demo goes only where {@link DemoGate} lets it, and marks the database it fills, so that a
     * kept demo is known again and a practice's database is not taken for one.
     */
    private void admitDemo() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            Holds holds = count(s, "SELECT COUNT(*) FROM demo_mark") > 0
                    ? Holds.DEMO
                    : count(s, "SELECT COUNT(*) FROM account") == 0 ? Holds.NOTHING : Holds.PRACTICE;
            Optional<String> why = DemoGate.refusal(
                    settings.url(),
                    config.getOptionalValue("bodywork.admin.email", String.class),
                    config.getOptionalValue("bodywork.demo-data.acknowledge", String.class),
                    holds);
            if (why.isPresent()) {
                refuseToStart(
                        "Demo data was asked for (BODYWORK_DEMO_DATA), but " + why.get() + ". Nothing was written.");
            } else if (holds != Holds.DEMO) {
                // IGNORE: two nodes of a demo cluster may start at the same moment.
                s.executeUpdate("INSERT IGNORE INTO demo_mark (id, marked_at) VALUES (1, NOW(6))");
            }
        } catch (SQLException e) {
            failure = rootMessage(e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void migrate() {
        lastAttempt = Instant.now();
        try {
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            failure = null;
            if (demo) {
                admitDemo();
            }
            try (Connection c = dataSource.getConnection()) {
                var meta = c.getMetaData();
                LOG.info(() -> {
                    try {
                        return "Bodywork's database: " + meta.getDatabaseProductName() + " "
                                + meta.getDatabaseProductVersion() + " at " + settings.safeUrl();
                    } catch (SQLException e) {
                        return "Bodywork's database is ready at " + settings.safeUrl();
                    }
                });
            } catch (SQLException e) {
                // Only the log line is lost; the migration above proved the database answers.
            }
        } catch (RuntimeException e) {
            String previous = failure;
            failure = rootMessage(e);
            if (failure.equals(previous)) {
                return; // said already
            }
            LOG.severe(() -> "Bodywork cannot use its database " + settings.safeUrl() + " as user '"
                    + settings.user() + "': " + failure
                    + " Check BODYWORK_DB_URL, BODYWORK_DB_USER and BODYWORK_DB_PASSWORD;"
                    + " /health/ready stays DOWN until it works.");
        }
    }

    /** True once the schema is migrated. */
    public boolean ready() {
        return failure == null;
    }

    /**
     * Whether this is the demo: demo data may be written and staff sign in without a second step.
     * Only when {@code bodywork.demo-data} is {@code true} or {@code large}, which the README's run
     * command sets (and the cluster and load tests, on their own MariaDB); never by accident.
     */
    public boolean demo() {
        return demo;
    }

    /** Refuses to write demo data (named by {@code what}) where {@link #demo()} does not allow it. */
    public void requireDemo(String what) {
        if (!demo) {
            throw new IllegalStateException(what + " are only for a database bodywork.demo-data allows");
        }
    }

    /** Why the database cannot be used now, checked live; empty when it can. */
    public Optional<String> problem() {
        if (failure != null && Duration.between(lastAttempt, Instant.now()).compareTo(RETRY_AFTER) > 0) {
            migrate();
        }
        if (failure != null) {
            return Optional.of(failure);
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? Optional.empty() : Optional.of("connection is not valid");
        } catch (SQLException e) {
            return Optional.of(rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }
}
