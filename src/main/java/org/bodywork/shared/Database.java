package org.bodywork.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

/**
 * Defines the connection pool and brings the schema up to date with Flyway at start-up, before JPA
 * is used. A database that cannot be reached gives one log line and a failing {@code /health/ready}
 * rather than a failed deployment, and migration is tried again when readiness is next asked.
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

    private final DbSettings settings = DbSettings.fromConfig();
    private final boolean demo = ConfigProvider.getConfig(Database.class.getClassLoader())
            .getOptionalValue("bodywork.demo-data", String.class)
            .filter(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("large"))
            .isPresent();
    private String failure = "not migrated yet";
    private Instant lastAttempt = Instant.MIN;

    @PostConstruct
    void start() {
        migrate();
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
