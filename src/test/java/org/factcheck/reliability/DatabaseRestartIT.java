package org.factcheck.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntPredicate;

import org.factcheck.testsupport.EventStreamClient;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL restarts under the packaged application: while it is gone the application says it is not ready
 * (and answers, never hangs); once it is back it serves again within seconds, live events included, without a
 * restart of its own.
 */
class DatabaseRestartIT {

    static final String ADMIN = "restart-admin";
    static final String PASSWORD = "Velvet canyon 73 morning";

    @Test
    void theApplicationRecoversByItselfWhenTheDatabaseComesBack() throws Exception {
        int dbPort = freePort();
        Path data = Files.createTempDirectory("factcheck-restart-pg");
        EmbeddedPostgres postgres = database(dbPort, data);
        int port = freePort();
        Path log = Path.of("target", "it-restart-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Dquarkus.http.port=" + port, "-jar",
                System.getProperty("application.jar", "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + dbPort + "/postgres");
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        builder.environment().put("FACTCHECK_SESSION_KEY", "restart-test-session-key-0123456789");
        builder.environment().put("FACTCHECK_ADMIN_USERNAME", ADMIN);
        builder.environment().put("FACTCHECK_ADMIN_PASSWORD", PASSWORD);
        Process app = builder.start();
        String base = "http://localhost:" + port;
        try {
            waitFor(base + "/q/health/ready", s -> s == 200, Duration.ofSeconds(90), app);
            long articleId = given().auth().preemptive().basic(ADMIN, PASSWORD).contentType("application/json")
                    .body(Map.of("title", "Before the restart", "text", "A sentence. Another one."))
                    .post(base + "/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");

            postgres.close();
            long down = System.nanoTime();
            waitFor(base + "/q/health/ready", s -> s == 503, Duration.ofSeconds(30), app);
            System.out.printf("DB-RESTART not ready %d ms after the database went away%n",
                    (System.nanoTime() - down) / 1_000_000);
            int status = given().auth().preemptive().basic(ADMIN, PASSWORD).get(base + "/api/articles").statusCode();
            assertTrue(status >= 500, "while the database is away the API answers " + status + ", it does not hang");

            postgres = database(dbPort, data);
            long back = System.nanoTime();
            waitFor(base + "/q/health/ready", s -> s == 200, Duration.ofSeconds(60), app);
            waitFor(base + "/api/articles/" + articleId, s -> s == 200, Duration.ofSeconds(30), app);
            System.out.printf("DB-RESTART serving again %d ms after the database came back%n",
                    (System.nanoTime() - back) / 1_000_000);

            try (EventStreamClient events = new EventStreamClient(base + "/api/articles/" + articleId + "/events",
                    ADMIN, PASSWORD)) {
                assertNotNull(events.await("ready", Duration.ofSeconds(10)));
                // the listener reconnects every 2 s; give it that long, then a change must arrive
                Thread.sleep(2500);
                given().auth().preemptive().basic(ADMIN, PASSWORD).contentType("application/json")
                        .body(Map.of("start", 0, "end", 5, "body", "after the restart"))
                        .post(base + "/api/articles/" + articleId + "/annotations").then().statusCode(201);
                assertNotNull(events.await("annotation.created", Duration.ofSeconds(5)),
                        "live events flow again after the restart");
            }
        } finally {
            app.destroy();
            postgres.close();
        }
    }

    private static EmbeddedPostgres database(int port, Path data) throws Exception {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
    }

    private static void waitFor(String url, IntPredicate wanted, Duration within, Process app) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            assertTrue(app.isAlive(), "the application process died");
            try {
                last = given().auth().preemptive().basic(ADMIN, PASSWORD).get(url).statusCode();
                if (wanted.test(last)) {
                    return;
                }
            } catch (Exception e) {
                last = -1;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(url + " still answered " + last + " after " + within);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
