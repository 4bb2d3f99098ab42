package org.factcheck.discussion;

import static io.restassured.RestAssured.given;
import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DiscussionTest {

    @Inject
    Fixtures fixtures;

    @Test
    void mentionsInCommentsAndRepliesReachMyWorkUntilRead() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String viewer = fixtures.user("viewer");
        Map<String, Object> article = Fixtures.importText(editor, "Talk", "A claim to discuss.");
        long articleId = Fixtures.id(article);
        long claimId = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath().getLong("id");
        long noteId = as(checker).body(Map.of("start", 0, "end", 7, "body", "Which claim?"))
                .post("/api/articles/{id}/annotations", articleId).then().statusCode(201).extract().jsonPath()
                .getLong("id");

        as(checker).body(Map.of("body", "@" + editor + " can you approve this? cc @nobody-at-all and mail@" + viewer))
                .post("/api/claims/{id}/comments", claimId).then().statusCode(201).body("createdBy", is(checker));
        as(editor).body(Map.of("body", "@" + viewer + " see this note")).post("/api/annotations/{id}/replies", noteId)
                .then().statusCode(201);
        as(viewer).body(Map.of("body", "viewers only read")).post("/api/claims/{id}/comments", claimId).then()
                .statusCode(403);
        as(checker).body(Map.of("body", "  ")).post("/api/claims/{id}/comments", claimId).then().statusCode(400)
                .body("errors.field", hasItem("body"));
        as(viewer).get("/api/claims/{id}/comments", claimId).then().statusCode(200).body("size()", is(1));
        as(viewer).get("/api/annotations/{id}/replies", noteId).then().statusCode(200).body("[0].createdBy", is(editor));

        // the review page's note list is rendered once for all readers; only those who may reply get the form
        String viewerPage = as(viewer).accept("text/html").get("/articles/{id}", articleId).then().statusCode(200)
                .extract().asString();
        String checkerPage = as(checker).accept("text/html").get("/articles/{id}", articleId).then().statusCode(200)
                .extract().asString();
        for (String reviewPage : List.of(viewerPage, checkerPage)) {
            org.junit.jupiter.api.Assertions.assertTrue(reviewPage.contains("see this note"), "both see the reply");
        }
        org.junit.jupiter.api.Assertions.assertFalse(viewerPage.contains("action=\"/annotations/" + noteId
                + "/replies\""), "viewers get no reply form");
        org.junit.jupiter.api.Assertions.assertTrue(checkerPage.contains("action=\"/annotations/" + noteId
                + "/replies\""), "checkers do");
        org.junit.jupiter.api.Assertions.assertFalse(checkerPage.contains("\u0000"), "the CSRF slot was filled");

        // "mail@viewer" is not a mention; "@viewer" in the reply is
        long mentionId = as(viewer).get("/api/mentions?unread=true").then().statusCode(200).body("size()", is(1))
                .body("[0].annotationId", is((int) noteId)).body("[0].articleId", is((int) articleId))
                .extract().jsonPath().getLong("[0].id");
        as(editor).get("/api/mentions?unread=true").then().body("size()", is(1)).body("[0].claimId", is((int) claimId));
        String page = as(viewer).accept("text/html").get("/my-work").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("see this note"));

        as(editor).post("/api/mentions/{id}/read", mentionId).then().statusCode(404);
        as(viewer).post("/api/mentions/{id}/read", mentionId).then().statusCode(204);
        as(viewer).get("/api/mentions?unread=true").then().body("size()", is(0));
        as(viewer).get("/api/mentions").then().body("size()", is(1));
        as(viewer).accept("text/html").get("/my-work").then().body(not(containsString("see this note")));
    }

    @Test
    void myWorkListsAssignedClaimsAndArticlesAndWhatWaitsForApproval() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        Map<String, Object> article = Fixtures.importText(editor, "Assigned article " + System.nanoTime(),
                "A claim to check.");
        long articleId = Fixtures.id(article);
        as(editor).body(Map.of("assignee", checker, "version", 0)).patch("/api/articles/{id}", articleId).then()
                .statusCode(200);
        long claimId = as(editor).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath().getLong("id");
        as(editor).body(Map.of("assignee", checker, "version", 0)).patch("/api/claims/{id}", claimId).then()
                .statusCode(200);
        String page = as(checker).accept("text/html").get("/my-work").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("/claims/" + claimId));
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("/articles/" + articleId));

        as(checker).body(Map.of("verdict", "verified", "rationale", "Checked.", "version", 1))
                .patch("/api/claims/{id}", claimId).then().statusCode(200);
        String editorPage = as(editor).accept("text/html").get("/my-work").then().extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(editorPage.contains("Waiting for my approval"));
        org.junit.jupiter.api.Assertions.assertTrue(editorPage.contains("/claims/" + claimId));
        as(editor).get("/api/articles/{id}", articleId).then().statusCode(200);
        given().get("/my-work").then().statusCode(200); // anonymous: the login page after the redirect
    }
}
