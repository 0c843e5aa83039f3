package org.bodywork.it;

import java.io.File;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the integration tests deploy: the WAR the build just packaged, exactly as it ships. */
public final class Deployments {

    /** The admin the tests' configuration creates at first start (see arquillian.xml). */
    public static final String ADMIN_EMAIL = "admin@it.example.org";

    public static final String ADMIN_PASSWORD = "it-admin-password-2026";
    public static final String PASSWORD = "a-long-test-passphrase";

    private Deployments() {}

    public static WebArchive app() {
        File war = new File(System.getProperty("war", "target/bodywork.war"));
        return ShrinkWrap.create(ZipImporter.class, "bodywork.war")
                .importFrom(war)
                .as(WebArchive.class);
    }

    /** An e-mail address no other test uses, so tests never depend on each other's data. */
    public static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@it.example.org";
    }
}
