package org.factcheck.source;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Pages copied long ago are fetched again by the periodic re-check, without anybody asking. */
@QuarkusTest
class SnapshotRecheckTest {

    @Inject
    Fixtures fixtures;
    @Inject
    SnapshotRechecks rechecks;

    @Test
    void staleCopiesAreRequestedAgain() {
        String editor = fixtures.user("editor");
        Map<String, Object> article = Fixtures.importText(editor, "Recheck", "A claim with a source.");
        long claimId = as(editor).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", Fixtures.id(article)).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long sourceId = as(editor).body(Map.of("source", Map.of("url", "https://example.org/old-" + System.nanoTime(),
                "title", "Old"), "stance", "supports")).post("/api/claims/{id}/evidence", claimId).then()
                .statusCode(201).extract().jsonPath().getLong("source.id");
        // its copy is made old, as if cited weeks ago (other tests' sources stay fresh, so only this one is due)
        QuarkusTransaction.requiringNew().run(() -> Source.getEntityManager()
                .createNativeQuery("update source_snapshot set requested_at = now() - interval '30 days'"
                        + " where source_id = :s").setParameter("s", sourceId).executeUpdate());
        long before = copies(sourceId);
        int requested = rechecks.recheckStale();
        assertEquals(1, requested, "only the old copy is due");
        assertEquals(before + 1, copies(sourceId));
        rechecks.recheckStale();
        assertEquals(before + 1, copies(sourceId), "a page copied a moment ago is not due again");
    }

    private static long copies(long sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> SourceSnapshot.count("sourceId", sourceId));
    }
}
