package org.factcheck.web;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile text through every field a person can fill, then every page and report that shows it: it must come
 * out escaped, never as markup (OWASP ASVS 5.3). Over-long values and bodies are refused.
 */
@QuarkusTest
class HostileInputTest {

    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String ATTR = "\" onmouseover=\"alert(2)";
    static final String RLO = "\u202Eevil\u202C";
    static final String HOSTILE = SCRIPT + IMG + ATTR + RLO;

    @Inject
    Fixtures fixtures;

    @Test
    void hostileTextIsEscappedOnEveryPageAndReport() {
        String editor = fixtures.user("editor");
        String otherEditor = fixtures.user("editor");
        String admin = fixtures.user("admin");
        long articleId = Fixtures.id(as(editor).body(Map.of("title", "T " + HOSTILE, "outlet", "O " + HOSTILE,
                "text", "First sentence " + HOSTILE + " here.\n\nSecond paragraph is plain.",
                "url", "https://example.org/a?q='onmouseover=alert(3)")).post("/api/articles").then().statusCode(201)
                .extract().jsonPath().getMap("$"));
        long sentenceId = as(editor).get("/api/articles/{id}", articleId).then().extract().jsonPath()
                .getLong("sentences[0].id");
        long claimId = as(editor).body(Map.of("sentenceId", sentenceId, "text", "C " + HOSTILE, "claimant",
                "P " + HOSTILE)).post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(editor).body(Map.of("source", Map.of("url", "https://example.org/s", "title", "S " + HOSTILE, "publisher",
                "Pub " + HOSTILE), "stance", "refutes", "excerpt", "E " + HOSTILE, "note", "N " + HOSTILE))
                .post("/api/claims/{id}/evidence", claimId).then().statusCode(201);
        int version = as(editor).body(Map.of("verdict", "false", "rationale", "R " + HOSTILE, "version", 0))
                .patch("/api/claims/{id}", claimId).then().statusCode(200).extract().jsonPath().getInt("version");
        as(otherEditor).body(Map.of("version", version)).post("/api/claims/{id}/approve", claimId).then()
                .statusCode(200);
        as(editor).body(Map.of("start", 0, "end", 5, "body", "B " + HOSTILE))
                .post("/api/articles/{id}/annotations", articleId).then().statusCode(201);
        as(editor).body(Map.of("body", "K @" + otherEditor + " " + HOSTILE)).post("/api/claims/{id}/comments", claimId)
                .then().statusCode(201);
        as(editor).body(Map.of("displayName", "D " + HOSTILE)).patch("/api/me").then().statusCode(200);

        for (String path : List.of("/", "/articles", "/articles/" + articleId, "/articles/" + articleId + "?claim="
                + claimId, "/claims/" + claimId, "/api/articles/" + articleId + "/report?format=html")) {
            String html = as(editor).accept("text/html").get(path).then().statusCode(200).extract().asString();
            assertEscaped(path, html);
        }
        assertEscaped("/users", as(admin).accept("text/html").get("/users").then().statusCode(200).extract()
                .asString());
        assertEscaped("/my-work", as(otherEditor).accept("text/html").get("/my-work").then().statusCode(200)
                .extract().asString());
        assertTrue(as(otherEditor).accept("text/html").get("/my-work").asString().contains("K @"),
                "the hostile comment is on the page, escaped");
        String review = as(editor).accept("text/html").get("/articles/" + articleId).asString();
        assertTrue(review.contains("<bdi>O " + SCRIPT.replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")),
                "names of mixed direction are isolated in <bdi>");
    }

    @Test
    void scriptUrlsAndOverlongValuesAreRefusedAndNothingIsStored() {
        String editor = fixtures.user("editor");
        long before = as(editor).get("/api/articles?size=1").then().extract().jsonPath().getLong("total");
        for (String url : List.of("javascript:alert(1)", "data:text/html,<script>", "vbscript:x", "//evil.example")) {
            as(editor).body(Map.of("title", "T", "text", "Text.", "url", url)).post("/api/articles").then()
                    .statusCode(400).body("errors.field", hasItem("url"));
        }
        as(editor).body(Map.of("title", "x".repeat(501), "text", "Text.")).post("/api/articles").then()
                .statusCode(400).body("errors.field", hasItem("title"));
        as(editor).body(Map.of("title", "T", "text", "Text.", "outlet", "x".repeat(301))).post("/api/articles")
                .then().statusCode(400);
        long after = as(editor).get("/api/articles?size=1").then().extract().jsonPath().getLong("total");
        assertTrue(before == after, "nothing was stored");
    }

    static void assertEscaped(String path, String html) {
        assertFalse(html.contains(SCRIPT), path + " contains a raw script tag");
        assertFalse(html.contains(IMG), path + " contains a raw img tag");
        assertFalse(html.contains("\" onmouseover=\"alert(2)"), path + " lets a value break out of an attribute");
        assertFalse(html.contains("'onmouseover=alert(3)"), path + " lets a URL break out of its attribute");
    }
}
