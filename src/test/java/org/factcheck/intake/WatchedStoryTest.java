package org.factcheck.intake;

import static io.restassured.RestAssured.given;
import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.source.TestSite;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Imported stories are fetched again: the publisher's silent edits become revisions, unchanged pages do not. */
@QuarkusTest
class WatchedStoryTest {

    static TestSite site;

    @Inject
    Fixtures fixtures;

    @BeforeAll
    static void start() throws Exception {
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static long importPage(String editor, String path, String html) {
        site.answer(path, new TestSite.PageAnswer(200, "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8), null, 0));
        return as(editor).body(Map.of("url", site.url(path))).post("/api/articles/from-url").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static int revisions(String user, long id) {
        return given().auth().preemptive().basic(user, Fixtures.PASSWORD).get("/articles/{id}/revisions", id).then()
                .statusCode(200).extract().asString().split("/revisions\\?from=").length;
    }

    @Test
    void anUnchangedPageMakesNoRevision() {
        String editor = fixtures.user("editor");
        String path = "/same-" + System.nanoTime();
        long id = importPage(editor, path, UrlImportTest.page("news-fr.html", path));
        String before = as(editor).get("/api/articles/{id}", id).then().extract().jsonPath().getString("text");

        as(editor).post("/api/articles/{id}/source-page/check", id).then().statusCode(200)
                .body("outcome", is("same")).body("revision", nullValue());

        as(editor).get("/api/articles/{id}", id).then().body("text", is(before));
        as(editor).get("/api/articles/{id}/source-page", id).then().body("lastCheck", is("same"))
                .body("charset", is("UTF-8")).body("original", is("/import/original/" + id + "/page"));
        assertEquals(1, revisions(editor, id), "only the import's revision, no comparison link");
    }

    @Test
    void aChangedStoryBecomesAPublisherRevisionClaimsFollowTheirWordsAndTheAssigneeSeesIt() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String path = "/changing-" + System.nanoTime();
        String html = UrlImportTest.page("news-en.html", path);
        long id = importPage(editor, path, html);
        JsonPath article = as(editor).get("/api/articles/{id}", id).then().extract().jsonPath();
        List<Map<String, Object>> sentences = article.getList("sentences");
        Map<String, Object> kept = sentences.stream().filter(s -> s.get("text").toString().startsWith("The union"))
                .findFirst().orElseThrow();
        Map<String, Object> dropped = sentences.stream().filter(s -> s.get("text").toString()
                .startsWith("Farmers' groups")).findFirst().orElseThrow();
        long keptClaim = as(checker).body(Map.of("sentenceId", kept.get("id"))).post("/api/articles/{id}/claims", id)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long droppedClaim = as(checker).body(Map.of("sentenceId", dropped.get("id")))
                .post("/api/articles/{id}/claims", id).then().statusCode(201).extract().jsonPath().getLong("id");
        int version = as(editor).get("/api/articles/{id}", id).then().extract().jsonPath().getInt("version");
        as(editor).body(Map.of("assignee", checker, "version", version)).patch("/api/articles/{id}", id).then()
                .statusCode(200);

        // the publisher rewrites the first paragraph and removes the farmers' one, silently
        site.answer(path, new TestSite.PageAnswer(200, "text/html; charset=utf-8", html
                .replace("stopped for a third day on Wednesday", "stopped for a fourth day on Thursday")
                .replaceAll("<p>Farmers' groups warned[^<]*</p>", "").getBytes(StandardCharsets.UTF_8), null, 0));
        as(checker).post("/api/articles/{id}/source-page/check", id).then().statusCode(200)
                .body("outcome", is("changed")).body("revision", is(2));

        JsonPath now = as(editor).get("/api/articles/{id}", id).then().extract().jsonPath();
        assertTrue(now.getString("text").contains("stopped for a fourth day on Thursday"));
        assertFalse(now.getString("text").contains("Farmers' groups"));
        as(editor).get("/api/claims/{id}", keptClaim).then().body("orphaned", is(false))
                .body("quote", containsString("The union is asking for a twelve percent rise"));
        as(editor).get("/api/claims/{id}", droppedClaim).then().body("orphaned", is(true));

        String revisionsPage = given().auth().preemptive().basic(editor, Fixtures.PASSWORD)
                .get("/articles/{id}/revisions?from=1&to=2", id).then().statusCode(200).extract().asString();
        assertTrue(revisionsPage.contains("class=\"publisher-change\""), "revision 2 is marked as the publisher's");
        assertTrue(revisionsPage.contains("<ins>fourth</ins>") || revisionsPage.contains("fourth"));
        given().auth().preemptive().basic(checker, Fixtures.PASSWORD).get("/my-work").then().statusCode(200)
                .body(containsString("id=\"publisher-changes\""))
                .body(containsString("/articles/" + id + "/revisions?from=1&amp;to=2"));
        given().auth().preemptive().basic(editor, Fixtures.PASSWORD).get("/articles/{id}", id).then()
                .statusCode(200).body(containsString("id=\"watch-status\""))
                .body(containsString("/import/original/" + id));

        // fetched again without a further change: no third revision
        as(checker).post("/api/articles/{id}/source-page/check", id).then().body("outcome", is("same"));
        assertEquals(2, revisions(editor, id));
    }

    @Test
    void aPageThatDisappearedIsFlaggedGoneAndTheTextStays() {
        String editor = fixtures.user("editor");
        String path = "/vanishing-" + System.nanoTime();
        long id = importPage(editor, path, UrlImportTest.page("news-fr.html", path));
        site.remove(path);

        as(editor).post("/api/articles/{id}/source-page/check", id).then().statusCode(200).body("outcome", is("gone"))
                .body("error", containsString("404"));
        as(editor).get("/api/articles/{id}/source-page", id).then().body("lastCheck", is("gone"))
                .body("goneSince", not(nullValue()));
        as(editor).get("/api/articles/{id}", id).then().body("text", containsString("Le prix moyen de la baguette"));
    }

    @Test
    void thePageAsImportedIsServedWithoutScriptsInASandbox() {
        String editor = fixtures.user("editor");
        String path = "/original-" + System.nanoTime();
        long id = importPage(editor, path, UrlImportTest.page("news-en.html", path).replace("</body>",
                "<script>alert('x')</script><img src=x onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">j</a>"
                        + "</body>"));
        String page = given().auth().preemptive().basic(editor, Fixtures.PASSWORD)
                .get("/import/original/{id}/page", id).then().statusCode(200)
                .header("Content-Security-Policy", containsString("sandbox"))
                .header("X-Content-Type-Options", is("nosniff")).extract().asString();
        assertTrue(page.contains("Port strike halts grain exports"));
        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("onerror"));
        assertFalse(page.contains("javascript:"));
        given().auth().preemptive().basic(editor, Fixtures.PASSWORD).get("/import/original/{id}", id).then()
                .statusCode(200).body(containsString("/import/original/" + id + "/page"));
    }
}
