package org.bodywork.it;

import java.io.File;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: the WAR the build just packaged, exactly as it ships, plus the
 * classes the in-container tests run with. Every class deploys this same archive, as the one
 * {@link SharedPayara} server serves them all.
 */
public final class Deployments {

    /** The admin the tests' configuration creates at first start (see arquillian.xml). */
    public static final String ADMIN_EMAIL = "admin@it.example.org";

    public static final String ADMIN_PASSWORD = "it-admin-password-2026";
    public static final String PASSWORD = "a-long-test-passphrase";

    private Deployments() {}

    /** Test classes run inside the server (by name: most are package-private in their feature). */
    private static final String[] IN_CONTAINER = {
        "org.bodywork.identity.AccountsIT",
        "org.bodywork.qualification.QualificationIT",
        "org.bodywork.qualification.QualificationFixture"
    };

    public static WebArchive app() {
        File war = new File(System.getProperty("war", "target/bodywork.war"));
        WebArchive app = ShrinkWrap.create(ZipImporter.class, "bodywork.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addClasses(Deployments.class, Http.class, Db.class);
        for (String name : IN_CONTAINER) {
            app.addClass(name);
        }
        return app;
    }

    /** An e-mail address no other test uses, so tests never depend on each other's data. */
    public static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@it.example.org";
    }
}
