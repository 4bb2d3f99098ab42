package org.factcheck.reliability;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/operations.md, backups: a `pg_dump -Fc` of the database restored with `pg_restore` into a new database
 * holds everything. Needs pg_dump/pg_restore at least as new as the server (CI: Debian's, for its server).
 */
@QuarkusTest
class BackupRestoreTest {

    @Inject
    Fixtures fixtures;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aDumpRestoredIntoANewDatabaseHoldsEverything() throws Exception {
        String editor = fixtures.user("editor");
        Map<String, Object> article = Fixtures.importSeed(editor);
        as(editor).body(Map.of("sentenceId", Fixtures.sentenceId(article, 4)))
                .post("/api/articles/{id}/claims", Fixtures.id(article)).then().statusCode(201);

        URI db = URI.create(url.substring("jdbc:".length()));
        String host = db.getHost();
        String port = String.valueOf(db.getPort());
        String name = db.getPath().substring(1);
        int serverMajor;
        try (Connection c = DriverManager.getConnection(url, username, password)) {
            serverMajor = c.getMetaData().getDatabaseMajorVersion();
        }
        int toolMajor = majorVersion("pg_dump");
        Assumptions.assumeTrue(toolMajor >= serverMajor, "pg_dump " + toolMajor + " cannot dump PostgreSQL "
                + serverMajor + " (CI runs this test against its own server)");

        Path dump = Files.createTempFile("factcheck", ".dump");
        String copy = "restore_" + System.nanoTime();
        run("pg_dump", "-Fc", "-h", host, "-p", port, "-U", username, "-f", dump.toString(), name);
        try (Connection c = DriverManager.getConnection(url, username, password); Statement s = c.createStatement()) {
            s.execute("create database " + copy);
        }
        try {
            run("pg_restore", "--no-owner", "-h", host, "-p", port, "-U", username, "-d", copy, dump.toString());
            String copyUrl = url.replace("/" + name, "/" + copy);
            for (String table : List.of("app_user", "article", "paragraph", "sentence", "claim", "claim_history",
                    "flyway_schema_history")) {
                assertEquals(count(url, table), count(copyUrl, table), table + " restored completely");
            }
        } finally {
            try (Connection c = DriverManager.getConnection(url, username, password); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + copy);
            }
            Files.deleteIfExists(dump);
        }
    }

    private long count(String jdbcUrl, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, username, password); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(true, process.waitFor(120, TimeUnit.SECONDS), command[0] + " finished");
        assertEquals(0, process.exitValue(), command[0] + ": " + output);
    }

    private static int majorVersion(String tool) {
        try {
            Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).replaceAll("[^0-9.]+", " ").strip();
            process.waitFor();
            return Integer.parseInt(out.split("[ .]")[0]);
        } catch (Exception e) {
            return 0; // not installed
        }
    }
}
