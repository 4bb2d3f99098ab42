package org.factcheck.article;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class ArticleImportTest {

    @Inject
    Fixtures fixtures;

    @Test
    @SuppressWarnings("unchecked")
    void seedArticleGivesTwentySixParagraphsAndTwentyEightSentencesWithExactOffsets() {
        String editor = fixtures.user("editor");
        Map<String, Object> article = Fixtures.importSeed(editor);

        assertEquals("ar", article.get("language"));
        assertEquals("rtl", article.get("direction"));
        assertEquals("draft", article.get("status"));
        List<Map<String, Object>> paragraphs = (List<Map<String, Object>>) article.get("paragraphs");
        List<Map<String, Object>> sentences = (List<Map<String, Object>>) article.get("sentences");
        assertEquals(26, paragraphs.size());
        assertEquals(28, sentences.size());

        int[] text = ((String) article.get("text")).codePoints().toArray();
        int previousEnd = 0;
        for (Map<String, Object> s : sentences) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertTrue(start >= previousEnd, "sentences are in order and do not overlap");
            assertEquals(new String(text, start, end - start), s.get("text"), "offsets are code points of the text");
            Map<String, Object> paragraph = paragraphs.get((Integer) s.get("paragraphIndex"));
            assertTrue((Integer) paragraph.get("start") <= start && end <= (Integer) paragraph.get("end"),
                    "a sentence never crosses its paragraph");
            previousEnd = end;
        }
        // ICU alone splits "ت.غ" (GMT) in two; the segmenter keeps the abbreviation inside its sentence
        assertTrue(sentences.stream().anyMatch(s -> ((String) s.get("text")).contains("(06:00 ت.غ)")));
        assertTrue(sentences.stream().anyMatch(s -> ((String) s.get("text")).contains("20:05 ت.غ)")));

        long id = Fixtures.id(article);
        as(editor).get("/api/articles/{id}", id).then().statusCode(200)
                .body("sentences.size()", is(28)).body("stats.claims", is(0)).body("outlet", is("العرب"))
                .body("publishedAt", startsWith("2022-09-13T00:00"));
    }

    @Test
    void englishAndFrenchAreDetectedWhenNoLanguageIsGiven() {
        String editor = fixtures.user("editor");
        Map<String, Object> en = Fixtures.importText(editor, "Budget", "The minister said the budget grew by 4.5% "
                + "in 2023. Critics say that is not true.\n\nThe opposition was not convinced.");
        assertEquals("en", en.get("language"));
        assertEquals("ltr", en.get("direction"));
        assertEquals(3, ((List<?>) en.get("sentences")).size());
        Map<String, Object> fr = Fixtures.importText(editor, "Budget", "Le ministre a déclaré que le budget "
                + "avait augmenté de 4,5 % en 2023. Selon les critiques, ce n'est pas vrai.");
        assertEquals("fr", fr.get("language"));
    }

    @Test
    void badInputGetsAClearProblemAndStoresNothing() {
        String editor = fixtures.user("editor");
        long before = countArticles(editor);
        Map<String, Object> base = new HashMap<>(Map.of("title", "T", "text", "Some text."));

        badImport(editor, with(base, "text", "   \n  "), "text");
        badImport(editor, with(base, "url", "javascript:alert(1)"), "url");
        badImport(editor, with(base, "publishedAt", "13/09/2022"), "publishedAt");
        badImport(editor, with(base, "language", "not a tag!"), "language");
        as(editor).body("{not json").post("/api/articles").then().statusCode(400)
                .header("Content-Type", startsWith("application/problem+json"));
        as(editor).body("x".repeat(500_001)).post("/api/articles").then().statusCode(400);
        as(editor).body(Map.of("title", "big", "text", "x ".repeat(250_001))).post("/api/articles").then()
                .statusCode(413).body("status", is(413));

        assertEquals(before, countArticles(editor), "nothing was stored");
    }

    @Test
    void rolesAndAuthenticationAreEnforced() {
        String viewer = fixtures.user("viewer");
        String checker = fixtures.user("checker");
        Map<String, Object> body = Map.of("title", "T", "text", "Some text.");
        RestAssured.given().contentType("application/json").body(body).post("/api/articles").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        RestAssured.given().get("/api/articles").then().statusCode(401);
        RestAssured.given().auth().preemptive().basic(viewer, "wrong-password-123").get("/api/articles").then()
                .statusCode(401);
        as(viewer).body(body).post("/api/articles").then().statusCode(403);
        as(checker).body(body).post("/api/articles").then().statusCode(403);
        as(viewer).get("/api/articles").then().statusCode(200);
        as(viewer).get("/api/articles/{id}", 987654321).then().statusCode(404)
                .header("Content-Type", startsWith("application/problem+json")).body("status", is(404));
        as(viewer).get("/api/articles?size=0").then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void theArticleAnswerFollowsEveryChangeToTheArticleAndItsClaims() {
        String editor = fixtures.user("editor");
        Map<String, Object> article = Fixtures.importText(editor, "Cached", "One claim. Another claim.");
        long id = Fixtures.id(article);
        as(editor).get("/api/articles/{id}", id).then().body("stats.claims", is(0)); // now cached
        long claimId = as(editor).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", id).then().statusCode(201).extract().jsonPath().getLong("id");
        as(editor).get("/api/articles/{id}", id).then().body("stats.claims", is(1)).body("stats.unreviewed", is(1));
        as(editor).body(Map.of("verdict", "verified", "rationale", "Yes.", "version", 0))
                .patch("/api/claims/{id}", claimId).then().statusCode(200);
        as(editor).get("/api/articles/{id}", id).then().body("stats.verified", is(1)).body("stats.proposed", is(1));
        as(editor).body(Map.of("title", "Renamed", "version", 0)).patch("/api/articles/{id}", id).then()
                .statusCode(200);
        as(editor).get("/api/articles/{id}", id).then().body("title", is("Renamed")).body("version", is(1));
    }

    @Test
    void listFiltersByStatusAndTitle() {
        String editor = fixtures.user("editor");
        String title = "Unique title " + System.nanoTime();
        long id = Fixtures.id(Fixtures.importText(editor, title, "One sentence here."));
        as(editor).queryParam("q", title).get("/api/articles").then().statusCode(200)
                .body("total", is(1)).body("items[0].id", equalTo((int) id));
        as(editor).queryParam("q", title).queryParam("status", "published").get("/api/articles").then()
                .body("total", is(0));
        as(editor).queryParam("status", "nonsense").get("/api/articles").then().statusCode(400);
    }

    private static void badImport(String editor, Map<String, Object> body, String field) {
        as(editor).body(body).post("/api/articles").then().statusCode(400)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static long countArticles(String user) {
        return as(user).get("/api/articles?size=1").then().extract().jsonPath().getLong("total");
    }
}
