package org.factcheck.article;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.claim.ClaimHistoryEntry;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** docs/text-revisions.md: editors split and merge sentences; claims and notes stay where they are. */
@QuarkusTest
class SentenceEditTest {

    // ICU keeps "Dr. Smith" together only with suppressions; this text is cut where the editor wants it
    static final String TEXT = "Prices rose by 5% in May; the minister blamed imports. Nobody agreed.\n\nSecond paragraph.";

    @Inject
    Fixtures fixtures;

    static int cp(String s) {
        return s.codePointCount(0, s.length());
    }

    @Test
    void splitKeepsClaimsAndNotesInPlaceAndMoveClaimsToTheirSentence() {
        String editor = fixtures.user("editor");
        Map<String, Object> article = Fixtures.importText(editor, "Split", TEXT);
        long id = Fixtures.id(article);
        long first = Fixtures.sentenceId(article, 0);
        int cut = cp("Prices rose by 5% in May;");
        int minister = TEXT.indexOf("the minister");
        long early = claim(editor, id, 0, cp("Prices rose by 5%"));
        long late = claim(editor, id, minister, minister + "the minister blamed imports".length());
        long note = as(editor).body(Map.of("start", minister, "end", minister + 12, "body", "Which one?"))
                .post("/api/articles/{id}/annotations", id).then().statusCode(201).extract().jsonPath().getLong("id");
        int version = version(editor, id);

        long second = as(editor).body(Map.of("at", cut + 1)).post("/api/sentences/{id}/split", first).then()
                .statusCode(200).body("start", is(minister)).body("text", is("the minister blamed imports."))
                .body("index", is(1)).extract().jsonPath().getLong("id");

        JsonPath after = as(editor).get("/api/articles/{id}", id).then().statusCode(200).extract().jsonPath();
        assertNotEquals(version, after.getInt("version"), "sentences are part of the article's state");
        assertEquals(List.of("Prices rose by 5% in May;", "the minister blamed imports.", "Nobody agreed.",
                "Second paragraph."), after.getList("sentences.text"));
        assertEquals(List.of(0, 1, 2, 3), after.getList("sentences.index"));
        as(editor).get("/api/claims/{id}", early).then().body("sentenceId", is((int) first)).body("start", is(0));
        as(editor).get("/api/claims/{id}", late).then().body("sentenceId", is((int) second))
                .body("start", is(minister)).body("quote", is("the minister blamed imports"));
        as(editor).get("/api/articles/{id}/annotations", id).then().body("find { it.id == " + note + " }.start",
                is(minister));
        as(fixtures.user("admin")).get("/api/audit/verify").then().statusCode(200).body("intact", is(true));

        // and merged back: the claim follows the surviving sentence
        as(editor).post("/api/sentences/{id}/merge-next", first).then().statusCode(200)
                .body("text", is("Prices rose by 5% in May; the minister blamed imports."));
        as(editor).get("/api/claims/{id}", late).then().body("sentenceId", is((int) first))
                .body("start", is(minister));
        assertEquals(List.of(0, 1, 2), as(editor).get("/api/articles/{id}", id).then().extract().jsonPath()
                .getList("sentences.index"));
        // the history names the sentences as they were, each with its own end
        int secondEnd = cp("Prices rose by 5% in May; the minister blamed imports.");
        List<ClaimHistoryEntry> history = QuarkusTransaction.requiringNew().call(() -> ClaimHistoryEntry
                .<ClaimHistoryEntry>list("articleId = ?1 and field = 'sentence' order by id", id));
        assertEquals(List.of("split", "merged"), history.stream().map(h -> h.action).toList());
        assertEquals("1: 0–" + secondEnd, history.get(0).from);
        assertEquals("1: 0–" + cut + ", 2: " + minister + "–" + secondEnd, history.get(0).to);
        assertEquals(history.get(0).to, history.get(1).from, "a merge undoes the split: from where the split left");
        assertEquals(history.get(0).from, history.get(1).to);
    }

    /** French puts a no-break space after a colon: a cut there leaves it to neither half, as segmentation does. */
    @Test
    void aCutAtANoBreakSpaceLeavesItOut() {
        String editor = fixtures.user("editor");
        String text = "Le ministre a déclaré :\u00A0les prix baisseront en mai.";
        Map<String, Object> article = Fixtures.importText(editor, "Espace", text);
        int colon = cp("Le ministre a déclaré :");
        as(editor).body(Map.of("at", colon)).post("/api/sentences/{id}/split", Fixtures.sentenceId(article, 0))
                .then().statusCode(200).body("start", is(colon + 1)).body("text", is("les prix baisseront en mai."));
        assertEquals(List.of("Le ministre a déclaré :", "les prix baisseront en mai."), as(editor)
                .get("/api/articles/{id}", Fixtures.id(article)).then().extract().jsonPath().getList("sentences.text"));
    }

    @Test
    void aCutThroughAClaimIsRefusedAndNamesIt() {
        String editor = fixtures.user("editor");
        Map<String, Object> article = Fixtures.importText(editor, "Through", TEXT);
        long id = Fixtures.id(article);
        long claim = claim(editor, id, 0, cp("Prices rose by 5% in May; the minister"));
        int version = version(editor, id);
        as(editor).body(Map.of("at", cp("Prices rose by 5% in May;") + 1))
                .post("/api/sentences/{id}/split", Fixtures.sentenceId(article, 0)).then().statusCode(409)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("detail", containsString("claim " + claim));
        assertEquals(version, version(editor, id), "nothing changed");
    }

    @Test
    void badCutsAndMergesAreRefusedAndChangeNothing() {
        String editor = fixtures.user("editor");
        Map<String, Object> article = Fixtures.importText(editor, "Bad", TEXT);
        long id = Fixtures.id(article);
        long first = Fixtures.sentenceId(article, 0);
        int end = cp("Prices rose by 5% in May; the minister blamed imports.");
        int version = version(editor, id);
        for (Object at : new Object[] {0, end, end + 5, -1}) {
            as(editor).body(Map.of("at", at)).post("/api/sentences/{id}/split", first).then().statusCode(400)
                    .body("errors[0].field", is("at"));
        }
        as(editor).body(Map.of()).post("/api/sentences/{id}/split", first).then().statusCode(400);
        // a cut that leaves only the full stop's neighbour space on one side
        as(editor).body(Map.of("at", end - 1)).post("/api/sentences/{id}/split", first).then().statusCode(200);
        version = version(editor, id);
        as(editor).body(Map.of("at", 3, "version", version - 1)).post("/api/sentences/{id}/split", first).then()
                .statusCode(409);
        as(editor).post("/api/sentences/{id}/merge-next", first).then().statusCode(200)
                .body("end", is(end));
        // "Nobody agreed." is the last sentence of its paragraph
        long lastOfParagraph = as(editor).get("/api/articles/{id}", id).then().extract().jsonPath()
                .getLong("sentences.find { it.text == 'Nobody agreed.' }.id");
        as(editor).post("/api/sentences/{id}/merge-next", lastOfParagraph).then().statusCode(409)
                .body("detail", containsString("paragraph"));
        long last = as(editor).get("/api/articles/{id}", id).then().extract().jsonPath().getLong("sentences[-1].id");
        as(editor).post("/api/sentences/{id}/merge-next", last).then().statusCode(409);
        as(editor).post("/api/sentences/{id}/merge-next", 987654321L).then().statusCode(404);
    }

    @Test
    void onlyEditorsSplitAndPublishedArticlesAreLocked() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        Map<String, Object> article = Fixtures.importText(editor, "Roles", TEXT);
        long id = Fixtures.id(article);
        long first = Fixtures.sentenceId(article, 0);
        as(checker).body(Map.of("at", 10)).post("/api/sentences/{id}/split", first).then().statusCode(403);
        as(checker).post("/api/sentences/{id}/merge-next", first).then().statusCode(403);
        publish(editor, id);
        int version = version(editor, id);
        as(editor).body(Map.of("at", 10)).post("/api/sentences/{id}/split", first).then().statusCode(409);
        as(editor).post("/api/sentences/{id}/merge-next", first).then().statusCode(409);
        assertEquals(version, version(editor, id));
    }

    static void publish(String editor, long id) {
        for (String status : List.of("in_review", "reviewed", "published")) {
            as(editor).body(Map.of("status", status, "version", version(editor, id)))
                    .patch("/api/articles/{id}", id).then().statusCode(200);
        }
    }

    static long claim(String user, long articleId, int start, int end) {
        return as(user).body(Map.of("start", start, "end", end)).post("/api/articles/{id}/claims", articleId).then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static int version(String user, long articleId) {
        return as(user).get("/api/articles/{id}", articleId).then().statusCode(200).extract().jsonPath()
                .getInt("version");
    }
}
