package org.factcheck.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.factcheck.testsupport.EventStreamClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances of the packaged application on one PostgreSQL, as behind a load balancer: a change made through
 * one reaches an event stream of the other within a second (LISTEN/NOTIFY), and a session cookie from one is
 * accepted by the other. Runs in `verify` after `package`; the database is a fresh embedded PostgreSQL.
 */
class TwoInstancesIT {

    static final String ADMIN = "it-admin";
    static final String PASSWORD = "Juniper rocket 58 harbor";
    static EmbeddedPostgres postgres;
    static Instance first;
    static Instance second;

    record Instance(Process process, int port) {
        String url(String path) {
            return "http://localhost:" + port + path;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setPort(0).start();
        // one after the other: the first migrates the schema and creates the admin
        first = launch();
        second = launch();
    }

    @AfterAll
    static void stop() throws IOException {
        for (Instance instance : new Instance[] {first, second}) {
            if (instance != null) {
                instance.process().destroy();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aChangeOnOneInstanceReachesAWatcherOnTheOtherWithinASecond() throws Exception {
        createUser("it-editor", "editor");
        createUser("it-checker", "checker");
        Map<String, Object> article = given().auth().preemptive().basic("it-editor", PASSWORD).contentType("application/json")
                .body(Map.of("title", "Two instances", "text", "One sentence. Another sentence."))
                .post(first.url("/api/articles")).then().statusCode(201).extract().jsonPath().getMap("$");
        long articleId = ((Number) article.get("id")).longValue();
        @SuppressWarnings("unchecked")
        long sentenceId = ((Number) ((List<Map<String, Object>>) article.get("sentences")).get(0).get("id")).longValue();

        try (EventStreamClient watcher = new EventStreamClient(second.url("/api/articles/" + articleId + "/events"),
                "it-checker", PASSWORD)) {
            assertNotNull(watcher.await("ready", Duration.ofSeconds(10)));
            long sent = System.nanoTime();
            given().auth().preemptive().basic("it-editor", PASSWORD).contentType("application/json")
                    .body(Map.of("sentenceId", sentenceId)).post(first.url("/api/articles/" + articleId + "/claims"))
                    .then().statusCode(201);
            EventStreamClient.Event event = watcher.await("claim.created", Duration.ofSeconds(1));
            long millis = (System.nanoTime() - sent) / 1_000_000;
            assertNotNull(event, "the event crossed instances within a second");
            System.out.println("TWO-INSTANCES claim.created reached the other instance in " + millis + " ms");
            assertTrue(event.data().contains("\"by\":\"it-editor\""), event.data());
        }
    }

    @Test
    void aSessionFromOneInstanceWorksOnTheOther() {
        createUser("it-viewer", "viewer");
        Response login = given().redirects().follow(false).formParam("j_username", "it-viewer")
                .formParam("j_password", PASSWORD).post(first.url("/j_security_check"));
        String cookie = login.getCookie("quarkus-credential");
        assertNotNull(cookie);
        given().cookie("quarkus-credential", cookie).get(second.url("/api/me")).then().statusCode(200);
    }

    @Test
    void productionRefusesToStartWithoutASessionKey() throws Exception {
        String jar = System.getProperty("application.jar", "target/quarkus-app/quarkus-run.jar");
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Path log = Path.of("target", "it-no-session-key.log");
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-Dquarkus.http.port=0", "-jar", jar)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        builder.environment().remove("FACTCHECK_SESSION_KEY");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the application stopped by itself");
        assertTrue(process.exitValue() != 0);
        assertTrue(Files.readString(log).contains("FACTCHECK_SESSION_KEY"), "and said why");
    }

    private static void createUser(String username, String role) {
        int status = given().auth().preemptive().basic(ADMIN, PASSWORD).contentType("application/json")
                .body(Map.of("username", username, "password", PASSWORD, "roles", List.of(role)))
                .post(first.url("/api/users")).statusCode();
        assertTrue(status == 201 || status == 400, "user " + username + ": " + status);
    }

    private static Instance launch() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String jar = System.getProperty("application.jar", "target/quarkus-app/quarkus-run.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Path.of("target", "it-instance-" + port + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(java, "-Dquarkus.http.port=" + port, "-jar", jar)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("FACTCHECK_SESSION_KEY", "it-shared-session-key-0123456789abcdef");
        env.put("FACTCHECK_ADMIN_USERNAME", ADMIN);
        env.put("FACTCHECK_ADMIN_PASSWORD", PASSWORD);
        Instance instance = new Instance(builder.start(), port);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(instance.process().isAlive(), "instance on " + port + " died; see " + log);
            try {
                if (given().get(instance.url("/q/health/ready")).statusCode() == 200) {
                    return instance;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("instance on " + port + " did not become ready; see " + log + ": "
                + Files.readString(log).lines().reduce("", (a, b) -> b));
    }

}
