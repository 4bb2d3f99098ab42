package org.factcheck.claim;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The claim page's Approval card: who approved and when once approved; no empty card for whoever has nothing to do. */
@QuarkusTest
class ClaimApprovalCardTest {

    @Inject
    Fixtures fixtures;

    @Test
    void theCardNamesWhoApprovedAndWhenOrIsLeftOut() {
        String editor = fixtures.user("editor");
        String approver = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String viewer = fixtures.user("viewer");
        Map<String, Object> article = Fixtures.importSeed(editor);
        long claimId = Fixtures.id(Fixtures.as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 2)))
                .post("/api/articles/{id}/claims", Fixtures.id(article)).then().statusCode(201).extract().jsonPath()
                .getMap("$"));
        int version = Fixtures.as(checker).get("/api/claims/{id}", claimId).then().extract().path("version");
        version = Fixtures.as(checker).body(Map.of("verdict", "false", "rationale", "No such figure.",
                "version", version)).patch("/api/claims/{id}", claimId).then().statusCode(200).extract()
                .path("version");

        // proposed: a viewer and a checker can do nothing about it, so no card at all
        for (String user : new String[] {viewer, checker}) {
            page(user, claimId).then().statusCode(200).body(containsString("id=\"verdict-badge\""))
                    .body(not(containsString(">Approval</h2>")));
        }
        page(approver, claimId).then().body(containsString(">Approval</h2>")).body(containsString("id=\"approve\""));

        Fixtures.as(approver).body(Map.of("version", version)).post("/api/claims/{id}/approve", claimId).then()
                .statusCode(200);
        String approvedAt = Fixtures.as(viewer).get("/api/claims/{id}", claimId).then().extract().path("approvedAt");
        for (String user : new String[] {viewer, checker, editor}) {
            page(user, claimId).then().statusCode(200).body(containsString(">Approval</h2>"))
                    .body(containsString("id=\"approved-by\">Approved by <bdi>Test " + approver + "</bdi>"))
                    .body(containsString("<time datetime=\"" + approvedAt.substring(0, 19)));
        }
    }

    private static io.restassured.response.Response page(String user, long claimId) {
        return Fixtures.as(user).accept("text/html").header("Accept-Language", "en").get("/claims/{id}", claimId);
    }
}
