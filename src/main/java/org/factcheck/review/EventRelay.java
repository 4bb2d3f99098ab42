package org.factcheck.review;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * This instance's end of the live events: one dedicated connection LISTENs on {@link LiveEvents#CHANNEL} and
 * forwards each notification to the event streams open here for that article. Reconnects by itself when the
 * database goes away. Also keeps presence: every open stream is a row in {@code presence}, refreshed by a
 * heartbeat, so "who else has this article open" is true across instances.
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);
    static final int HEARTBEAT_SECONDS = 15;

    /** One open event stream. Its events are written one at a time: the first one also writes the response head. */
    static final class Stream {
        private final String connectionId = UUID.randomUUID().toString();
        private final long articleId;
        private final SseEventSink sink;
        private final Sse sse;

        Stream(long articleId, SseEventSink sink, Sse sse) {
            this.articleId = articleId;
            this.sink = sink;
            this.sse = sse;
        }

        String connectionId() {
            return connectionId;
        }

        long articleId() {
            return articleId;
        }

        synchronized CompletionStage<?> send(String name, String data) {
            return sink.send(sse.newEventBuilder().name(name).data(data).build());
        }

        boolean isClosed() {
            return sink.isClosed();
        }

        synchronized void close() {
            sink.close();
        }
    }

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;
    @Inject
    ObjectMapper json;
    @Inject
    LiveEvents events;

    private final Map<Long, Set<Stream>> streams = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread listener;
    private ScheduledExecutorService heartbeat;

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "pg-listen-" + LiveEvents.CHANNEL);
        listener.setDaemon(true);
        listener.start();
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "event-stream-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        heartbeat.shutdownNow();
        listener.interrupt();
        streams.values().forEach(set -> set.forEach(Stream::close));
    }

    /** Registers an open stream and sends it "ready" with its connection id. Runs in the request thread. */
    public void subscribe(long articleId, long userId, SseEventSink sink, Sse sse) {
        Stream stream = new Stream(articleId, sink, sse);
        // "ready" is the first event: a notification reaching the stream as soon as it is registered waits for it
        synchronized (stream) {
            streams.computeIfAbsent(articleId, k -> ConcurrentHashMap.newKeySet()).add(stream);
            stream.send("ready", "{\"connection\":\"" + stream.connectionId() + "\"}");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Presence.join(stream.connectionId(), articleId, userId);
            announcePresence(articleId);
        });
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(null));
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + LiveEvents.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                LOG.debug("Listening for live events");
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            dispatch(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Live events: lost the database (%s); retrying in 2 s", e.getMessage());
                    sleep(2000);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void dispatch(String payload) {
        try {
            Map<String, Object> event = json.readValue(payload, Map.class);
            long articleId = ((Number) event.remove("articleId")).longValue();
            String type = (String) event.get("type");
            String data = json.writeValueAsString(event);
            for (Stream stream : streams.getOrDefault(articleId, Set.of())) {
                send(stream, type, data);
            }
        } catch (Exception e) {
            LOG.warn("Live events: could not forward a notification", e);
        }
    }

    private void send(Stream stream, String name, String data) {
        if (stream.isClosed()) {
            drop(stream);
            return;
        }
        stream.send(name, data).whenComplete((ok, failure) -> {
            if (failure != null) {
                drop(stream);
            }
        });
    }

    /** Keeps streams (and proxies) alive, notices closed ones, refreshes presence. */
    private void beat() {
        try {
            for (Set<Stream> set : streams.values()) {
                for (Stream stream : set) {
                    send(stream, "ping", "{}");
                }
            }
            List<String> open = streams.values().stream().flatMap(Set::stream).map(Stream::connectionId).toList();
            QuarkusTransaction.requiringNew().run(() -> Presence.refresh(open));
        } catch (RuntimeException e) {
            LOG.debug("Heartbeat failed", e);
        }
    }

    private void drop(Stream stream) {
        Set<Stream> set = streams.get(stream.articleId());
        if (set != null && set.remove(stream)) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Presence.leave(stream.connectionId());
                    announcePresence(stream.articleId());
                });
            } catch (RuntimeException e) {
                LOG.debug("Could not record leaving", e);
            }
        }
    }

    /** Tells every instance who has the article open now. */
    private void announcePresence(long articleId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("articleId", articleId);
        event.put("type", "presence");
        event.put("users", Presence.here(articleId));
        events.notify(event);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
