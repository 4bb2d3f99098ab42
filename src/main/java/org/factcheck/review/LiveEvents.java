package org.factcheck.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factcheck.claim.Claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Announces a change to everyone watching the article, on every instance (API.md: events). The event travels
 * through PostgreSQL NOTIFY inside the writing transaction, so it is delivered exactly when the change commits
 * and never for a change that rolled back; {@link EventRelay} on each instance LISTENs and forwards it to the
 * open event streams.
 */
@ApplicationScoped
public class LiveEvents {

    public static final String CHANNEL = "factcheck_events";

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(long articleId, String type, Long id, Integer version, String by) {
        notify(payload(articleId, new Event(type, id, version, by)));
    }

    /** Many events in one statement (imports, text revisions): the same payloads as {@link #publish}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(long articleId, List<Event> changes) {
        notifyAll(changes.stream().map(change -> payload(articleId, change)).toList());
    }

    public record Event(String type, Long id, Integer version, String by) {
    }

    private static Map<String, Object> payload(long articleId, Event change) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("articleId", articleId);
        event.put("type", change.type());
        event.put("id", change.id());
        event.put("version", change.version());
        event.put("by", change.by());
        return event;
    }

    void notify(Map<String, Object> event) {
        notifyAll(List.of(event));
    }

    private void notifyAll(List<Map<String, Object>> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            List<String> payloads = new ArrayList<>();
            for (Map<String, Object> event : events) {
                payloads.add(json.writeValueAsString(event));
            }
            // COMMIT flush mode: the caller's changes are flushed by the commit, not by this statement
            Claim.getEntityManager()
                    .createNativeQuery("select count(pg_notify('" + CHANNEL + "', p))"
                            + " from json_array_elements_text(cast(:payloads as json)) p")
                    .setParameter("payloads", json.writeValueAsString(payloads))
                    .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getSingleResult();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
