package org.factcheck.suggestion;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** docs/suggestions.md: scores at import, accept/dismiss with roles like claims, kept across revisions. */
@QuarkusTest
class SuggestionResourceTest {

    static final String TEXT = "Unemployment fell to 3.5 percent in 2023, the lowest in 50 years, the minister said.\n\n"
            + "We thank everyone.\n\n"
            + "Exports doubled to 40 billion dollars last year, according to the central bank.";

    @Inject
    Fixtures fixtures;

    @Test
    void importScoresSentencesAndTheListIsBestFirstWithReasons() {
        String editor = fixtures.user("editor");
        long id = Fixtures.id(Fixtures.importText(editor, "Economy", TEXT));
        JsonPath list = as(fixtures.user("viewer")).get("/api/articles/{id}/suggestions", id).then().statusCode(200)
                .extract().jsonPath();
        List<String> sentences = list.getList("sentence");
        assertEquals(2, sentences.size(), "the thanks are not suggested: " + sentences);
        assertFalse(sentences.contains("We thank everyone."));
        List<Float> scores = list.getList("score", Float.class);
        assertTrue(scores.get(0) >= scores.get(1) && scores.get(1) >= 0.5f, scores.toString());
        assertTrue(list.getList("reasons[0]").containsAll(List.of("number", "date_time")), list.prettify());
        // a claim made by hand on a suggested sentence: that sentence is no longer suggested
        as(editor).body(Map.of("sentenceId", list.getLong("sentenceId[0]"))).post("/api/articles/{id}/claims", id)
                .then().statusCode(201);
        as(editor).get("/api/articles/{id}/suggestions", id).then().body("size()", is(1))
                .body("[0].sentence", is(sentences.get(1)));
        // the panel on the review page
        io.restassured.RestAssured.given().auth().preemptive().basic(editor, Fixtures.PASSWORD)
                .get("/articles/{id}", id).then().statusCode(200)
                .body(containsString("Suggested claims (1)")).body(containsString("a number or quantity"));
        as(editor).get("/api/articles/{id}/suggestions", 999_999_999).then().statusCode(404)
                .contentType(containsString("problem+json"));
    }

    @Test
    void anOrphanedClaimDoesNotHideTheOtherSuggestions() {
        String editor = fixtures.user("editor");
        long id = Fixtures.id(Fixtures.importText(editor, "Economy", TEXT + "\n\nWe thank the readers."));
        long sentence = as(editor).get("/api/articles/{id}", id).then().extract().jsonPath()
                .getLong("sentences.find { it.text == 'We thank the readers.' }.id");
        as(editor).body(Map.of("sentenceId", sentence)).post("/api/articles/{id}/claims", id).then().statusCode(201);
        // a correction removes the claim's words: the claim is orphaned (no sentence)
        int version = as(editor).get("/api/articles/{id}", id).jsonPath().getInt("version");
        as(editor).body(Map.of("text", TEXT, "version", version)).put("/api/articles/{id}/text", id).then()
                .statusCode(200);
        as(editor).get("/api/articles/{id}/claims", id).then().body("[0].orphaned", is(true));
        as(editor).get("/api/articles/{id}/suggestions", id).then().statusCode(200).body("size()", is(2));
    }

    @Test
    void acceptCreatesTheClaimThroughTheClaimRulesAndDismissIsKept() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String viewer = fixtures.user("viewer");
        long id = Fixtures.id(Fixtures.importText(editor, "Economy", TEXT));
        JsonPath list = as(checker).get("/api/articles/{id}/suggestions", id).then().extract().jsonPath();
        long first = list.getLong("id[0]");
        long second = list.getLong("id[1]");
        long sentence = list.getLong("sentenceId[0]");

        // a viewer may read but not decide; nothing changes
        as(viewer).post("/api/suggestions/{id}/accept", first).then().statusCode(403);
        as(viewer).post("/api/suggestions/{id}/dismiss", first).then().statusCode(403);
        as(checker).get("/api/articles/{id}/claims", id).then().body("size()", is(0));
        as(checker).post("/api/suggestions/{id}/accept", 999_999_999).then().statusCode(404);

        long claim = as(checker).post("/api/suggestions/{id}/accept", first).then().statusCode(200)
                .body("status", is("accepted")).body("decidedBy", is(checker)).extract().jsonPath()
                .getLong("claimId");
        as(checker).get("/api/claims/{id}", claim).then().statusCode(200).body("sentenceId", is((int) sentence))
                .body("status", is("open"));
        as(checker).get("/api/claims/{id}/history", claim).then().body("[0].action", is("created"));
        // decided once: a second accept is a conflict and makes no second claim
        as(editor).post("/api/suggestions/{id}/accept", first).then().statusCode(409)
                .body("detail", containsString(checker));
        as(checker).get("/api/articles/{id}/claims", id).then().body("size()", is(1));

        as(checker).post("/api/suggestions/{id}/dismiss", second).then().statusCode(200)
                .body("status", is("dismissed")).body("claimId", nullValue()).body("decidedAt", containsString("T"));
        as(checker).get("/api/articles/{id}/suggestions", id).then().body("size()", is(0));
    }

    @Test
    void aRevisionRescoresChangedSentencesAndKeepsDismissalsOfUnchangedOnes() {
        String editor = fixtures.user("editor");
        long id = Fixtures.id(Fixtures.importText(editor, "Economy", TEXT));
        JsonPath list = as(editor).get("/api/articles/{id}/suggestions", id).then().extract().jsonPath();
        long exports = list.getLong("find { it.sentence.startsWith('Exports') }.id");
        as(editor).post("/api/suggestions/{id}/dismiss", exports).then().statusCode(200);

        int version = as(editor).get("/api/articles/{id}", id).then().extract().jsonPath().getInt("version");
        String revised = TEXT.replace("3.5 percent in 2023", "3.9 percent in 2024")
                + "\n\nInflation rose to 7 percent in March, the highest since 1990, the statistics office said.";
        as(editor).body(Map.of("text", revised, "version", version)).put("/api/articles/{id}/text", id).then()
                .statusCode(200);

        List<String> after = as(editor).get("/api/articles/{id}/suggestions", id).then().extract().jsonPath()
                .getList("sentence");
        assertTrue(after.stream().anyMatch(s -> s.contains("3.9 percent")), after.toString());
        assertTrue(after.stream().anyMatch(s -> s.startsWith("Inflation")), after.toString());
        assertFalse(after.stream().anyMatch(s -> s.contains("3.5 percent")), "the old text is gone: " + after);
        assertFalse(after.stream().anyMatch(s -> s.startsWith("Exports")), "still dismissed: " + after);
    }
}
