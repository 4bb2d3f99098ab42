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

    record Stream(String connectionId, long articleId, long userId, SseEventSink sink, Sse sse) {
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
        streams.values().forEach(set -> set.forEach(s -> s.sink().close()));
    }

    /** Registers an open stream; answers its connection id. Runs in the caller's request thread. */
    public void subscribe(long articleId, long userId, SseEventSink sink, Sse sse) {
        Stream stream = new Stream(UUID.randomUUID().toString(), articleId, userId, sink, sse);
        // "ready" must be the stream's first event: a notification sent to it at the same moment would race it
        // for writing the response head, and one of the two would fail (send() takes the same lock)
        synchronized (stream) {
            streams.computeIfAbsent(articleId, k -> ConcurrentHashMap.newKeySet()).add(stream);
            sink.send(sse.newEventBuilder().name("ready").data("{\"connection\":\"" + stream.connectionId() + "\"}")
                    .build());
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
        if (stream.sink().isClosed()) {
            drop(stream);
            return;
        }
        synchronized (stream) {
            stream.sink().send(stream.sse().newEventBuilder().name(name).data(data).build())
                    .whenComplete((ok, failure) -> {
                        if (failure != null) {
                            drop(stream);
                        }
                    });
        }
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
