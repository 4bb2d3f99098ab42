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

    /** The fetch result is stored on a row read before the re-check aged it: the request time must survive. */
    @Test
    void storingAFetchKeepsTheRequestTime() {
        long snapshotId = QuarkusTransaction.requiringNew().call(() -> {
            Source source = new Source();
            source.url = "https://example.org/kept-" + System.nanoTime();
            source.title = "Kept";
            source.persist();
            SourceSnapshot snapshot = new SourceSnapshot(); // made here, so no background fetch races this test
            snapshot.sourceId = source.id;
            snapshot.persist();
            return snapshot.id;
        });
        QuarkusTransaction.requiringNew().run(() -> {
            SourceSnapshot stale = SourceSnapshot.findById(snapshotId); // read first, as the fetch thread does
            QuarkusTransaction.requiringNew().run(() -> Source.getEntityManager()
                    .createNativeQuery("update source_snapshot set requested_at = now() - interval '30 days'"
                            + " where id = :id").setParameter("id", snapshotId).executeUpdate());
            stale.status = SourceSnapshot.FAILED;
        });
        Number ageDays = QuarkusTransaction.requiringNew().call(() -> (Number) Source.getEntityManager()
                .createNativeQuery("select extract(day from now() - requested_at) from source_snapshot where id = :id")
                .setParameter("id", snapshotId).getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> { // an aged copy left behind would be due in the other test
            SourceSnapshot snapshot = SourceSnapshot.findById(snapshotId);
            Source.deleteById(snapshot.sourceId); // its snapshots go with it
        });
        assertEquals(30, ageDays.intValue(), "the aged request time was written back by the fetch result");
    }

    private static long copies(long sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> SourceSnapshot.count("sourceId", sourceId));
    }
}
