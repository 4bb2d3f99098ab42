package org.factcheck.oidc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak for the OpenID Connect tests: the distribution from Maven Central (unpacked by the build into
 * target/keycloak, system property {@code keycloak.dist}), started in dev mode on free ports of 127.0.0.1 with the
 * realm from src/test/resources/oidc/factcheck-realm.json and its own throw-away H2 database. Keycloak 26 needs Java
 * 21+: {@code KEYCLOAK_JAVA_HOME} (what .ci/run sets), else a JDK 21+ found in /usr/lib/jvm, else JAVA_HOME if new
 * enough; none is a clear failure. Only test profiles that list this resource start it ({@link OidcTestProfile}).
 * One server serves every such profile in the test JVM (its start is most of the cost: see docs/testing.md); it is
 * stopped when the JVM ends.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "factcheck";
    public static final String ADMIN = "kc-admin";
    public static final String ADMIN_PASSWORD = "kc-admin-test-password";
    public static final String USER_PASSWORD = "Desk-test-password-26";
    public static final Map<String, String> SECRETS = Map.of("factcheck-desk", "factcheck-desk-test-secret",
            "factcheck-other", "factcheck-other-test-secret");

    private static final String RUNNING_URL = "keycloak-test.running-url";
    private static final String RUNNING_PID = "keycloak-test.running-pid";
    private static Process process;
    private static String baseUrl;
    /** Seconds from launch to the realm's discovery document answering (docs/testing.md). */
    public static double startSeconds;

    private String clientId = "factcheck-desk";

    @Override
    public void init(Map<String, String> args) {
        clientId = args.getOrDefault("client-id", clientId);
    }

    @Override
    public Map<String, String> start() {
        String url = ensureStarted();
        return Map.of(
                "factcheck.oidc.issuer", url + "/realms/" + REALM,
                "factcheck.oidc.client-id", clientId,
                "factcheck.oidc.client-secret", SECRETS.get(clientId),
                // the desk's own client: a token issued to another client is not for us
                "factcheck.oidc.audience", "factcheck-desk",
                "factcheck.oidc.groups-claim", "groups",
                "factcheck.oidc.role-mapping", "fact-checkers=checker,desk-editors=editor,desk-admins=admin",
                "factcheck.oidc.require-mapped-group", "true",
                "factcheck.oidc.provider-name", "Keycloak");
    }

    @Override
    public void stop() {
        // kept for the other OIDC profiles of this JVM; the shutdown hook stops it
    }

    public static String baseUrl() {
        return baseUrl;
    }

    /**
     * Each test profile loads this class anew (its own class loader), so the running server is remembered in system
     * properties, which the whole JVM shares: its address and the process id of kc.sh.
     */
    static synchronized String ensureStarted() {
        String running = System.getProperty(RUNNING_URL);
        long pid = Long.getLong(RUNNING_PID, -1);
        if (running != null && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            baseUrl = running;
            return baseUrl;
        }
        Path dist = Path.of(System.getProperty("keycloak.dist", "target/keycloak/keycloak-26.5.6")).toAbsolutePath();
        if (!Files.isExecutable(dist.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + dist + ": the build unpacks it in process-test-resources "
                    + "(run through Maven, or set -Dkeycloak.dist)");
        }
        Path javaHome = javaHome();
        try {
            // a fresh realm every run: the dev database and the realm file to import
            deleteTree(dist.resolve("data"));
            Files.createDirectories(dist.resolve("data/import"));
            try (var realm = KeycloakServer.class.getResourceAsStream("/oidc/factcheck-realm.json")) {
                Files.copy(realm, dist.resolve("data/import/factcheck-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            int port = freePort();
            int management = freePort();
            Path log = Path.of("target", "keycloak.log").toAbsolutePath();
            ProcessBuilder builder = new ProcessBuilder(dist.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-port=" + port, "--http-host=127.0.0.1",
                    "--http-management-port=" + management, "--hostname-strict=false", "--cache=local")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", javaHome.toString());
            // JBoss Threads on Java 24+ (its thread-local reset) needs this, else errors at shutdown
            builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            long started = System.nanoTime();
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::stopNow));
            baseUrl = "http://127.0.0.1:" + port;
            waitUntilReady(baseUrl + "/realms/" + REALM + "/.well-known/openid-configuration", log);
            startSeconds = (System.nanoTime() - started) / 1e9;
            System.setProperty(RUNNING_URL, baseUrl);
            System.setProperty(RUNNING_PID, Long.toString(process.pid()));
            System.out.printf("Keycloak %s ready at %s in %.1f s (Java at %s)%n", dist.getFileName(), baseUrl,
                    startSeconds, javaHome);
            return baseUrl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitUntilReady(String discovery, Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped at start (exit " + process.exitValue() + "); see "
                        + log + ":\n" + tail(log));
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(discovery))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stopNow();
        throw new IllegalStateException("Keycloak did not answer within 4 minutes; see " + log + ":\n" + tail(log));
    }

    static synchronized void stopNow() {
        if (process != null) {
            // kc.sh starts java as its child: stop both
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            try {
                process.waitFor();
                for (ProcessHandle child : children) {
                    child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                children.forEach(ProcessHandle::destroyForcibly);
            }
            process = null;
        }
    }

    /** KEYCLOAK_JAVA_HOME, else the newest JDK 21+ in /usr/lib/jvm, else JAVA_HOME when it is 21+. */
    static Path javaHome() {
        Optional<Path> configured = Optional.ofNullable(System.getProperty("keycloak.java.home"))
                .or(() -> Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME"))).filter(s -> !s.isBlank())
                .map(Path::of);
        if (configured.isPresent()) {
            if (javaVersion(configured.get()) < 21) {
                throw new IllegalStateException("KEYCLOAK_JAVA_HOME=" + configured.get() + " is not a Java 21 or newer");
            }
            return configured.get();
        }
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            Optional<Path> found = jvms.filter(p -> javaVersion(p) >= 21)
                    .max(Comparator.comparingInt(KeycloakServer::javaVersion));
            if (found.isPresent()) {
                return found.get();
            }
        } catch (IOException e) {
            // no such folder: try JAVA_HOME
        }
        String home = System.getenv("JAVA_HOME");
        if (home != null && javaVersion(Path.of(home)) >= 21) {
            return Path.of(home);
        }
        throw new IllegalStateException("Keycloak 26 needs Java 21 or newer, and none was found: set KEYCLOAK_JAVA_HOME "
                + "(.ci/run installs one: openjdk-21-jdk-headless or newer)");
    }

    /** The feature version from the JDK's release file, 0 when it is no JDK. */
    static int javaVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return 0;
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            properties.load(in);
            String version = properties.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
            return Integer.parseInt(version.split("[.+-]")[0]);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
