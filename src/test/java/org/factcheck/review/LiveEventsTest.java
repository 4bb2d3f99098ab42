package org.factcheck.review;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.EventStreamClient;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LiveEventsTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void changesReachEveryoneWatchingTheArticleAndPresenceIsShared() throws Exception {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String viewer = fixtures.user("viewer");
        Map<String, Object> article = Fixtures.importText(editor, "Live", "First sentence. Second sentence.");
        long articleId = Fixtures.id(article);
        String url = base.toString().replaceAll("/$", "") + "/api/articles/" + articleId + "/events";
        ObjectMapper json = new ObjectMapper();

        try (EventStreamClient watcher = new EventStreamClient(url, viewer, Fixtures.PASSWORD)) {
            assertNotNull(watcher.await("ready", Duration.ofSeconds(5)), "the stream opens");
            try (EventStreamClient second = new EventStreamClient(url, checker, Fixtures.PASSWORD)) {
                EventStreamClient.Event presence = null;
                for (int i = 0; i < 5 && (presence == null || !presence.data().contains(checker)); i++) {
                    presence = watcher.await("presence", Duration.ofSeconds(5));
                }
                assertNotNull(presence);
                assertTrue(presence.data().contains(viewer) && presence.data().contains(checker), presence.data());
            }

            long claimId = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 1)))
                    .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            EventStreamClient.Event created = watcher.await("claim.created", Duration.ofSeconds(2));
            assertNotNull(created, "the change arrives within 2 s");
            Map<?, ?> data = json.readValue(created.data(), Map.class);
            assertEquals("claim.created", data.get("type"));
            assertEquals((int) claimId, data.get("id"));
            assertEquals(0, data.get("version"));
            assertEquals(checker, data.get("by"));

            as(checker).body(Map.of("verdict", "false", "rationale", "No.", "version", 0))
                    .patch("/api/claims/{id}", claimId).then().statusCode(200);
            Map<?, ?> updated = json.readValue(watcher.await("claim.updated", Duration.ofSeconds(2)).data(), Map.class);
            assertEquals(1, updated.get("version"));

            // a failed write announces nothing
            as(checker).body(Map.of("verdict", "false", "rationale", "No.", "version", 0))
                    .patch("/api/claims/{id}", claimId).then().statusCode(409);
            assertEquals(null, watcher.await("claim.updated", Duration.ofMillis(700)));
        }
    }

    @Test
    void streamsNeedALoginAndAnExistingArticle() throws Exception {
        String viewer = fixtures.user("viewer");
        String url = base.toString().replaceAll("/$", "") + "/api/articles/987654321/events";
        try (EventStreamClient missing = new EventStreamClient(url, viewer, Fixtures.PASSWORD)) {
            assertEquals(404, missing.status(Duration.ofSeconds(5)));
        }
        try (EventStreamClient anonymous = new EventStreamClient(url, "nobody", "wrong-password")) {
            assertEquals(401, anonymous.status(Duration.ofSeconds(5)));
        }
    }
}
