package org.factcheck.claim;

import static io.restassured.RestAssured.given;
import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.factcheck.web.CsrfFilter;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A stale form shows what the other person saved next to what you typed, and keeps yours ready to re-apply. */
@QuarkusTest
class ConflictPageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void staleFormShowsBothVersionsAndChangesNothing() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        Map<String, Object> article = Fixtures.importText(editor, "Conflict", "Something was said.");
        long claimId = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", Fixtures.id(article)).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        // someone else saves first
        as(editor).body(Map.of("verdict", "false", "rationale", "Their reasoning.", "version", 0))
                .patch("/api/claims/{id}", claimId).then().statusCode(200);

        Response login = given().redirects().follow(false).formParam("j_username", checker)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check");
        String session = login.getCookie("quarkus-credential");
        String token = given().cookie("quarkus-credential", session).get("/claims/" + claimId).getCookie(CsrfFilter.COOKIE);
        String html = given().cookie("quarkus-credential", session).cookie(CsrfFilter.COOKIE, token)
                .formParam("csrf", token).formParam("version", 0).formParam("verdict", "verified")
                .formParam("rationale", "My reasoning.").formParam("text", "").formParam("claimant", "")
                .formParam("assignee", "").post("/claims/" + claimId).then().statusCode(409).extract().asString();
        assertTrue(html.contains("Someone else changed this claim"));
        assertTrue(html.contains("Their reasoning.") && html.contains("My reasoning."));
        assertTrue(html.contains("name=\"version\" value=\"1\""), "the form is now based on the latest version");
        as(checker).get("/api/claims/{id}", claimId).then().body("verdict", org.hamcrest.Matchers.is("false"))
                .body("rationale", org.hamcrest.Matchers.is("Their reasoning."));
    }
}
