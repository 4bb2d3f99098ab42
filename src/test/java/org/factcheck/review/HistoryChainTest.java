package org.factcheck.review;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.claim.Claim;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HistoryChainTest {

    @Inject
    Fixtures fixtures;

    @Test
    void anEditBehindTheApplicationsBackBreaksTheChain() {
        String admin = fixtures.user("admin");
        String editor = fixtures.user("editor");
        Map<String, Object> article = Fixtures.importText(editor, "Chain", "One claim here.");
        long claimId = as(editor).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", Fixtures.id(article)).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(editor).body(Map.of("verdict", "verified", "rationale", "Checked.", "version", 0))
                .patch("/api/claims/{id}", claimId).then().statusCode(200);

        as(admin).get("/api/audit/verify").then().statusCode(200).body("intact", is(true))
                .body("entries", greaterThan(2));
        as(editor).get("/api/audit/verify").then().statusCode(403);

        String original = QuarkusTransaction.requiringNew().call(() -> (String) Claim.getEntityManager()
                .createNativeQuery("select to_value from claim_history where claim_id = :c and field = 'verdict'")
                .setParameter("c", claimId).getSingleResult());
        try {
            QuarkusTransaction.requiringNew().run(() -> Claim.getEntityManager()
                    .createNativeQuery("update claim_history set to_value = 'false' where claim_id = :c"
                            + " and field = 'verdict'").setParameter("c", claimId).executeUpdate());
            as(admin).get("/api/audit/verify").then().statusCode(200).body("intact", is(false))
                    .body("firstBrokenId", notNullValue());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Claim.getEntityManager()
                    .createNativeQuery("update claim_history set to_value = :v where claim_id = :c"
                            + " and field = 'verdict'").setParameter("v", original).setParameter("c", claimId)
                    .executeUpdate());
        }
        as(admin).get("/api/audit/verify").then().body("intact", is(true));
    }
}
