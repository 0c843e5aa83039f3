package org.bodywork.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: UP only when the schema is migrated and a connection answers. Why not is in
 * the server's log, not in the answer, which anyone may read (issue 23, L3).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Database database;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        return response.status(database.problem().isEmpty()).build();
    }
}
