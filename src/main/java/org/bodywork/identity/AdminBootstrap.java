package org.bodywork.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first admin from {@code BODYWORK_ADMIN_EMAIL} and {@code BODYWORK_ADMIN_PASSWORD} when
 * the practice has no admin yet; later admins are created by an admin.
 */
@Startup
@Singleton
@DependsOn("Database")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    Database database;

    @Inject
    SignUp signUp;

    @Inject
    @ConfigProperty(name = "bodywork.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "bodywork.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "bodywork.admin.name", defaultValue = "Practice admin")
    String name;

    @PostConstruct
    void start() {
        if (email.isEmpty() || !database.ready()) {
            return;
        }
        if (password.isEmpty()) {
            LOG.severe("BODYWORK_ADMIN_EMAIL is set but BODYWORK_ADMIN_PASSWORD is not; no admin was created.");
            return;
        }
        try {
            signUp.bootstrapAdmin(new NewAccount(name, email.get(), password.get()))
                    .ifPresent(admin -> LOG.info(() -> "Created the first admin, " + admin.getEmail()));
        } catch (BusinessException e) {
            LOG.severe(() -> "The configured admin could not be created: " + e.getMessage());
        }
    }
}
