package org.bodywork.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.AccountService.DemoAccount;
import org.bodywork.identity.Role;
import org.bodywork.shared.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills the embedded database with a small practice to try every feature with, and says where to
 * browse. Never runs when a real database is configured.
 */
@Startup
@Singleton
@DependsOn({"Database", "AdminBootstrap"})
public class DemoData {

    public static final String PASSWORD = "bodywork-demo-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@example.org", "Alex Admin", Role.ADMIN),
            new DemoAccount("therapist@example.org", "Tess Therapist", Role.THERAPIST),
            new DemoAccount("sam.okafor@example.org", "Sam Okafor", Role.THERAPIST),
            new DemoAccount("priya.shah@example.org", "Priya Shah", Role.THERAPIST),
            new DemoAccount("tom.jones@example.org", "Tom Jones", Role.THERAPIST),
            new DemoAccount("client@example.org", "Chris Client", Role.CLIENT),
            new DemoAccount("amy.brown@example.org", "Amy Brown", Role.CLIENT),
            new DemoAccount("ben.clark@example.org", "Ben Clark", Role.CLIENT),
            new DemoAccount("cara.davies@example.org", "Cara Davies", Role.CLIENT),
            new DemoAccount("dan.evans@example.org", "Dan Evans", Role.CLIENT),
            new DemoAccount("ella.fox@example.org", "Ella Fox", Role.CLIENT));

    @Inject
    Database database;

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "bodywork.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @PostConstruct
    void start() {
        if (!database.embedded() || !database.ready()) {
            return;
        }
        accounts.seedDemo(ACCOUNTS, PASSWORD);
        String list = ACCOUNTS.stream()
                .map(a -> "  " + a.email() + " (" + a.role().name().toLowerCase() + ")")
                .collect(Collectors.joining("\n"));
        LOG.info(() -> "\n\nBodywork demo is starting at " + publicUrl
                + " on an embedded in-memory database (reset at every start).\n"
                + "Demo accounts, all with the password " + PASSWORD + ":\n" + list + "\n");
    }
}
