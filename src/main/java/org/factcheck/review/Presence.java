package org.factcheck.review;

import java.util.List;
import java.util.Map;

import org.factcheck.claim.Claim;

/** Rows of {@code presence}: one per open event stream, on any instance; stale after missed heartbeats. */
final class Presence {

    static final int STALE_SECONDS = EventRelay.HEARTBEAT_SECONDS * 3;

    private Presence() {
    }

    static void join(String connectionId, long articleId, long userId) {
        Claim.getEntityManager().createNativeQuery("insert into presence (connection_id, article_id, user_id)"
                + " values (:c, :a, :u)").setParameter("c", connectionId).setParameter("a", articleId)
                .setParameter("u", userId).executeUpdate();
    }

    static void leave(String connectionId) {
        Claim.getEntityManager().createNativeQuery("delete from presence where connection_id = :c")
                .setParameter("c", connectionId).executeUpdate();
    }

    static void refresh(List<String> connectionIds) {
        if (!connectionIds.isEmpty()) {
            Claim.getEntityManager().createNativeQuery("update presence set seen_at = now()"
                    + " where connection_id in (:ids)").setParameter("ids", connectionIds).executeUpdate();
        }
        Claim.getEntityManager().createNativeQuery("delete from presence where seen_at < now() - make_interval(secs => "
                + STALE_SECONDS * 4 + ")").executeUpdate();
    }

    /** Who has the article open now: username and display name, each once. */
    @SuppressWarnings("unchecked")
    static List<Map<String, String>> here(long articleId) {
        List<Object[]> rows = Claim.getEntityManager().createNativeQuery("select distinct u.username, u.display_name"
                + " from presence p join app_user u on u.id = p.user_id where p.article_id = :a"
                + " and p.seen_at > now() - make_interval(secs => " + STALE_SECONDS + ") order by u.username")
                .setParameter("a", articleId).getResultList();
        return rows.stream().map(r -> Map.of("username", (String) r[0], "displayName", (String) r[1])).toList();
    }
}
