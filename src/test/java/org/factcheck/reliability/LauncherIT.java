package org.factcheck.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The production launcher (deploy/start.sh, also the image's command): a first start with no class-data archive
 * records one when it stops (under a temporary name until the JVM has ended), and the next start uses it. The second start runs with {@code -Xshare:on}, with
 * which the JVM refuses to start at all rather than quietly ignore an archive it cannot use.
 */
class LauncherIT {

    @Test
    void theFirstStopRecordsAClassDataArchiveThatTheNextStartUses() throws Exception {
        Path archives = Files.createTempDirectory("factcheck-cds");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(freePort()).start()) {
            String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";

            Path firstLog = Path.of("target", "it-launcher-first.log");
            long firstReady = startServeAndStop(jdbcUrl, archives, "", firstLog);
            List<Path> recorded = archivesIn(archives);
            assertEquals(1, recorded.size(), "one archive after the first stop: " + recorded);
            assertTrue(Files.size(recorded.get(0)) > 10_000_000, "the archive holds the application's classes");
            assertTrue(Files.readString(firstLog).contains("No class-data archive for this build yet"));
            try (Stream<Path> files = Files.list(archives)) {
                assertEquals(recorded, files.sorted().toList(),
                        "the archive was written under a temporary name, then renamed: nothing else is left");
            }

            Path secondLog = Path.of("target", "it-launcher-second.log");
            long secondReady = startServeAndStop(jdbcUrl, archives, "-Xshare:on", secondLog);
            assertFalse(Files.readString(secondLog).contains("No class-data archive"), "the second start used it");
            assertEquals(recorded, archivesIn(archives), "and did not record another one");
            System.out.printf("LAUNCHER ready after %d ms without the archive, %d ms with it%n", firstReady,
                    secondReady);
        }
    }

    /** Starts the application through the launcher, checks that it serves, stops it; returns ms until ready. */
    private static long startServeAndStop(String jdbcUrl, Path archives, String javaOpts, Path log) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder("sh", "deploy/start.sh",
                System.getProperty("application.dir", "target/quarkus-app"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_OPTS", javaOpts + " -Dquarkus.http.port=" + port);
        builder.environment().put("FACTCHECK_CDS_DIR", archives.toString());
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        builder.environment().put("FACTCHECK_SESSION_KEY", "launcher-test-session-key-0123456789");
        long started = System.nanoTime();
        Process app = builder.start();
        try {
            String base = "http://localhost:" + port;
            long deadline = started + Duration.ofSeconds(90).toNanos();
            while (!isReady(base)) {
                assertTrue(app.isAlive(), "the application stopped; see " + log);
                assertTrue(System.nanoTime() < deadline, "not ready after 90 s; see " + log);
                Thread.sleep(50);
            }
            long ready = (System.nanoTime() - started) / 1_000_000;
            given().get(base + "/login").then().statusCode(200);
            return ready;
        } finally {
            app.destroy();   // SIGTERM: passed on to the JVM, which shuts down cleanly (writing the archive)
            assertTrue(app.waitFor(60, TimeUnit.SECONDS), "the application did not stop");
        }
    }

    private static boolean isReady(String base) {
        try {
            return given().get(base + "/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) {
            return false;
        }
    }

    private static List<Path> archivesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
