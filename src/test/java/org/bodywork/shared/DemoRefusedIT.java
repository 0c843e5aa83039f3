package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bodywork.it.Db;
import org.bodywork.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Demo data asked for on a practice's database (issue 23, H1): here the shared test server's, which
 * holds its admin and the other tests' people. A second server started on it with
 * {@code BODYWORK_DEMO_DATA=true} refuses to start and writes nothing: no demo account, no mark.
 * The other refusals (a real admin e-mail, a database elsewhere) are {@code DemoGateTest}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoRefusedIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Test
    void demoDataOnAPracticesDatabaseRefusesToStartAndWritesNothing() {
        ProcessBuilder micro = WrongDatabaseIT.micro(System.getProperty("bad.port", "8089"));
        micro.environment()
                .put(
                        "BODYWORK_DB_URL",
                        "jdbc:mysql://localhost:" + System.getProperty("mariadb.port") + "/bodywork?sslMode=DISABLED");
        micro.environment().put("BODYWORK_DB_USER", "root");
        micro.environment().put("BODYWORK_DEMO_DATA", "true");
        WrongDatabaseIT.refused(
                micro,
                "demo-refused",
                "Demo data was asked for (BODYWORK_DEMO_DATA), but the database holds accounts that the demo did not make");
        assertEquals("0", Db.one("SELECT COUNT(*) FROM account WHERE email = 'admin@example.org'"));
        assertEquals("0", Db.one("SELECT COUNT(*) FROM demo_mark"));
    }
}
