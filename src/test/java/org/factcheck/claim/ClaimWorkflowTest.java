package org.factcheck.claim;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ClaimWorkflowTest {

    @Inject
    Fixtures fixtures;

    String checker;
    String editor;
    String otherEditor;
    String viewer;
    Map<String, Object> article;
    long articleId;

    @BeforeEach
    void setUp() {
        checker = fixtures.user("checker");
        editor = fixtures.user("editor");
        otherEditor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
        article = Fixtures.importSeed(editor);
        articleId = Fixtures.id(article);
    }

    @Test
    void claimOnAWholeSentenceQuotesIt() {
        long sentenceId = Fixtures.sentenceId(article, 4);
        JsonPath claim = as(checker).body(Map.of("sentenceId", sentenceId, "text", "49 Armenian soldiers were killed",
                "claimant", "نيكول باشينيان")).post("/api/articles/{id}/claims", articleId).then().statusCode(201)
                .header("Location", startsWith("http")).extract().jsonPath();
        assertEquals("unreviewed", claim.getString("verdict"));
        assertEquals("open", claim.getString("status"));
        assertEquals(sentenceId, claim.getLong("sentenceId"));
        assertEquals(((java.util.List<Map<String, Object>>) article.get("sentences")).get(4).get("text"),
                claim.getString("quote"));
    }

    @Test
    void claimOnASpanHasExactCodePointOffsetsAndTrimsSpaces() {
        String text = (String) article.get("text");
        String quoted = "مقتل 49 جنديا";
        int utf16 = text.indexOf(quoted);
        int start = text.codePointCount(0, utf16);
        int end = start + quoted.codePointCount(0, quoted.length());
        as(checker).body(Map.of("start", start - 1, "end", end + 1)).post("/api/articles/{id}/claims", articleId)
                .then().statusCode(201).body("quote", is(quoted)).body("start", is(start)).body("end", is(end));
    }

    @Test
    void badClaimsAreRefusedAndNothingIsStored() {
        long otherArticle = Fixtures.id(Fixtures.importText(editor, "Other", "A sentence. Another sentence."));
        as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", otherArticle).then().statusCode(400)
                .body("errors.field", hasItem("sentenceId"));
        as(checker).body(Map.of("start", 5, "end", 2)).post("/api/articles/{id}/claims", articleId).then()
                .statusCode(400);
        as(checker).body(Map.of("start", 0, "end", 100000)).post("/api/articles/{id}/claims", articleId).then()
                .statusCode(400);
        // a span over two sentences
        as(checker).body(Map.of("start", 0, "end", 150)).post("/api/articles/{id}/claims", articleId).then()
                .statusCode(400).body("detail", org.hamcrest.Matchers.containsString("sentence"));
        as(checker).body(Map.of()).post("/api/articles/{id}/claims", articleId).then().statusCode(400);
        as(viewer).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(403);
        as(checker).body(Map.of("sentenceId", 1)).post("/api/articles/{id}/claims", 99999999).then().statusCode(404);
        as(checker).get("/api/articles/{id}/claims", articleId).then().statusCode(200).body("size()", is(0));
    }

    @Test
    void verdictIsProposedThenApprovedByAnotherEditorOnly() {
        long claimId = newClaim();
        JsonPath proposed = as(editor).body(Map.of("verdict", "false", "rationale", "Official figures say 105.",
                "version", 0)).patch("/api/claims/{id}", claimId).then().statusCode(200)
                .body("status", is("proposed")).body("verdict", is("false")).body("proposedBy", is(editor))
                .extract().jsonPath();
        int version = proposed.getInt("version");

        // four-eyes: the proposer may not approve, a checker may not approve at all
        as(editor).body(Map.of("version", version)).post("/api/claims/{id}/approve", claimId).then()
                .statusCode(403).header("Content-Type", startsWith("application/problem+json"));
        as(checker).body(Map.of("version", version)).post("/api/claims/{id}/approve", claimId).then()
                .statusCode(403);
        as(viewer).get("/api/claims/{id}", claimId).then().body("status", is("proposed"));

        as(otherEditor).body(Map.of("version", version)).post("/api/claims/{id}/approve", claimId).then()
                .statusCode(200).body("status", is("approved")).body("approvedBy", is(otherEditor));

        as(viewer).get("/api/claims/{id}/history", claimId).then().statusCode(200)
                .body("action", contains("created", "edited", "verdict", "status", "approved"));
    }

    @Test
    void rejectionNeedsAReasonAndReturnsTheClaimToOpen() {
        long claimId = newClaim();
        int version = as(checker).body(Map.of("verdict", "verified", "rationale", "Matches the ministry.", "version", 0))
                .patch("/api/claims/{id}", claimId)
                .then().statusCode(200).extract().jsonPath().getInt("version");
        as(editor).body(Map.of("version", version)).post("/api/claims/{id}/reject", claimId).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(editor).body(Map.of("version", version, "reason", "The source is a blog post."))
                .post("/api/claims/{id}/reject", claimId).then().statusCode(200).body("status", is("open"))
                .body("rejectionReason", is("The source is a blog post."));
    }

    @Test
    void staleVersionGetsConflictWithCurrentStateAndChangesNothing() {
        long claimId = newClaim();
        as(checker).body(Map.of("text", "first", "version", 0)).patch("/api/claims/{id}", claimId).then()
                .statusCode(200).body("version", is(1));
        as(checker).body(Map.of("text", "second", "version", 0)).patch("/api/claims/{id}", claimId).then()
                .statusCode(409).body("current.text", is("first")).body("current.version", is(1));
        as(checker).get("/api/claims/{id}", claimId).then().body("text", is("first"));
        as(checker).body(Map.of("verdict", "sort-of", "version", 1)).patch("/api/claims/{id}", claimId).then()
                .statusCode(400).body("errors.field", hasItem("verdict"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("use unreviewed, verified,")));
        as(checker).body(Map.of("text", "no version")).patch("/api/claims/{id}", claimId).then().statusCode(400);
        as(checker).get("/api/claims/{id}", claimId).then().body("verdict", is("unreviewed")).body("version", is(1));
    }

    @Test
    void evidenceSharesSourcesByUrlAndCanBeRemoved() {
        long first = newClaim();
        long second = newClaim();
        Map<String, Object> source = Map.of("url", "https://Example.org/report#section", "title", "Ministry report",
                "publisher", "Ministry of Defence");
        long sourceId = as(checker).body(Map.of("source", source, "stance", "refutes", "excerpt", "105 killed"))
                .post("/api/claims/{id}/evidence", first).then().statusCode(201)
                .body("source.url", is("https://example.org/report")).body("stance", is("refutes"))
                .extract().jsonPath().getLong("source.id");
        long evidenceId = as(checker).body(Map.of("source", Map.of("url", "https://example.org/report", "title", "x"),
                "stance", "supports")).post("/api/claims/{id}/evidence", second).then().statusCode(201)
                .body("source.id", is((int) sourceId)).body("source.title", is("Ministry report"))
                .extract().jsonPath().getLong("id");

        as(checker).body(Map.of("source", Map.of("url", "javascript:alert(1)", "title", "x"), "stance", "supports"))
                .post("/api/claims/{id}/evidence", first).then().statusCode(400)
                .body("errors.field", hasItem("source.url"));
        as(checker).body(Map.of("sourceId", sourceId, "stance", "maybe")).post("/api/claims/{id}/evidence", first)
                .then().statusCode(400).body("errors.field", hasItem("stance"));
        as(viewer).body(Map.of("sourceId", sourceId, "stance", "context")).post("/api/claims/{id}/evidence", first)
                .then().statusCode(403);
        as(viewer).get("/api/claims/{id}", first).then().body("evidence.size()", is(1))
                .body("evidence[0].excerpt", is("105 killed"));
        as(viewer).get("/api/sources/{id}", sourceId).then().statusCode(200).body("publisher", is("Ministry of Defence"));

        as(viewer).delete("/api/evidence/{id}", evidenceId).then().statusCode(403);
        as(checker).delete("/api/evidence/{id}", evidenceId).then().statusCode(204);
        as(checker).delete("/api/evidence/{id}", evidenceId).then().statusCode(404);
        as(viewer).get("/api/claims/{id}", second).then().body("evidence.size()", is(0));
        as(viewer).get("/api/claims/{id}/history", second).then()
                .body("action", contains("created", "evidence added", "evidence removed"));
    }

    @Test
    void articleBecomesReviewedOnlyWhenEveryClaimIsApprovedAndPublishedLocksIt() {
        long claimId = newClaim();
        as(editor).body(Map.of("status", "in_review", "version", 0)).patch("/api/articles/{id}", articleId).then()
                .statusCode(200).body("status", is("in_review"));
        as(editor).body(Map.of("status", "reviewed", "version", 1)).patch("/api/articles/{id}", articleId).then()
                .statusCode(409);
        as(checker).body(Map.of("status", "reviewed", "version", 1)).patch("/api/articles/{id}", articleId).then()
                .statusCode(403);
        int version = as(checker).body(Map.of("verdict", "disputed", "rationale", "Sources disagree.", "version", 0))
                .patch("/api/claims/{id}", claimId)
                .then().extract().jsonPath().getInt("version");
        as(editor).body(Map.of("version", version)).post("/api/claims/{id}/approve", claimId).then().statusCode(200);
        as(editor).body(Map.of("status", "reviewed", "version", 1)).patch("/api/articles/{id}", articleId).then()
                .statusCode(200).body("status", is("reviewed"));
        as(editor).body(Map.of("status", "published", "version", 2)).patch("/api/articles/{id}", articleId).then()
                .statusCode(200).body("status", is("published"));

        // locked: no new claims, no claim changes, no evidence
        as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 1)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(409);
        as(checker).body(Map.of("text", "changed", "version", version + 1)).patch("/api/claims/{id}", claimId)
                .then().statusCode(409);
        as(viewer).get("/api/claims/{id}", claimId).then().body("text", nullValue()).body("status", is("approved"));

        as(editor).body(Map.of("status", "draft", "version", 3)).patch("/api/articles/{id}", articleId).then()
                .statusCode(409);
        // reopening a published article is a correction: it needs a note, which the reports show
        as(editor).body(Map.of("status", "in_review", "version", 3)).patch("/api/articles/{id}", articleId).then()
                .statusCode(400).body("errors.field", hasItem("correctionNote"));
        as(editor).body(Map.of("status", "in_review", "version", 3, "correctionNote", "The toll was revised to 105."))
                .patch("/api/articles/{id}", articleId).then().statusCode(200).body("status", is("in_review"));
        as(viewer).get("/api/articles/{id}/report?format=json", articleId).then()
                .body("corrections[0].note", is("The toll was revised to 105."));
        as(viewer).get("/api/articles/{id}/report?format=html", articleId).then()
                .body(org.hamcrest.Matchers.containsString("The toll was revised to 105."));
        as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 1)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201);
    }

    @Test
    void everyVerdictChangeNeedsAReason() {
        long claimId = newClaim();
        as(checker).body(Map.of("verdict", "false", "version", 0)).patch("/api/claims/{id}", claimId).then()
                .statusCode(400).body("errors.field", hasItem("rationale"));
        as(checker).body(Map.of("verdict", "false", "rationale", "   ", "version", 0)).patch("/api/claims/{id}", claimId)
                .then().statusCode(400);
        as(checker).get("/api/claims/{id}", claimId).then().body("verdict", is("unreviewed")).body("version", is(0));
        as(checker).body(Map.of("verdict", "false", "rationale", "The ministry says 105.", "version", 0))
                .patch("/api/claims/{id}", claimId).then().statusCode(200);
        as(checker).get("/api/claims/{id}/history", claimId).then()
                .body("find { it.field == 'rationale' }.to", is("The ministry says 105."));
    }

    @Test
    void workQueueListsClaimsAssignedToMe() {
        long claimId = newClaim();
        as(editor).body(Map.of("assignee", checker, "version", 0)).patch("/api/claims/{id}", claimId).then()
                .statusCode(200).body("assignee", is(checker));
        as(checker).get("/api/claims?assignee=me").then().statusCode(200).body("total", is(1))
                .body("items[0].id", is((int) claimId));
        as(checker).get("/api/claims?assignee=me&status=approved").then().body("total", is(0));
        as(editor).body(Map.of("assignee", "nobody-like-this", "version", 1)).patch("/api/claims/{id}", claimId)
                .then().statusCode(400).body("errors.field", hasItem("assignee"));
    }

    private long newClaim() {
        return as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 4)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
