package org.factcheck.report;

import static io.restassured.RestAssured.given;
import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.factcheck.web.CsrfFilter;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Issue 18: a ClaimReview's url is the published fact-check that carries the markup. Editors record it per article
 * (optionally per claim, which wins); the JSON-LD and the snippet use it, the desk's own claim page until then, and
 * the pages say when it is missing. Checkers and viewers cannot set it; a bad address is 400 and changes nothing.
 */
@QuarkusTest
class PublishedFactcheckUrlTest {

    static final String STORY = "https://outlet.example.com/2026/12/fact-check-taxes";
    static final String OTHER = "https://outlet.example.com/2026/12/fact-check-exports";

    @Inject
    Fixtures fixtures;

    @Test
    void theRecordedAddressIsTheClaimReviewUrlAndAClaimsOwnWins() {
        String editor = fixtures.user("editor");
        String editor2 = fixtures.user("editor");
        long article = article(editor);
        long first = approvedClaim(editor, editor2, article, 0);
        long second = approvedClaim(editor, editor2, article, 1);
        String publicUrl = reviews(editor, article).getString("[0].url");
        assertEquals(true, publicUrl.endsWith("/claims/" + first), "until recorded: the desk's claim page");

        int version = version(editor, article);
        as(editor).body(Map.of("factcheckUrl", STORY, "version", version)).patch("/api/articles/{id}", article).then()
                .statusCode(200).body("factcheckUrl", equalTo(STORY));
        as(editor).get("/api/articles/{id}", article).then().body("factcheckUrl", equalTo(STORY));
        int claimVersion = as(editor).get("/api/claims/{id}", second).then().extract().jsonPath().getInt("version");
        as(editor).body(Map.of("factcheckUrl", OTHER, "version", claimVersion)).patch("/api/claims/{id}", second).then()
                .statusCode(200).body("factcheckUrl", equalTo(OTHER)).body("status", equalTo("approved"));

        assertEquals(List.of(STORY, OTHER), reviews(editor, article).getList("url"));
        String snippet = given().auth().preemptive().basic(editor, Fixtures.PASSWORD)
                .get("/api/articles/{id}/claimreview/snippet", article).then().statusCode(200).extract().asString();
        assertEquals(true, snippet.contains("\"url\" : \"" + STORY + "\""), snippet);
        assertEquals(true, snippet.contains("\"url\" : \"" + OTHER + "\""), snippet);
        as(editor).get("/api/articles/{id}/report?format=json", article).then()
                .body("claimReview.url", hasItem(OTHER));
        as(editor).get("/api/claims/{id}/history", second).then().body("field", hasItem("factcheckUrl"));

        // "" forgets the claim's own: it falls back to the article's
        claimVersion = as(editor).get("/api/claims/{id}", second).then().extract().jsonPath().getInt("version");
        as(editor).body(Map.of("factcheckUrl", "", "version", claimVersion)).patch("/api/claims/{id}", second).then()
                .statusCode(200).body("factcheckUrl", nullValue());
        assertEquals(List.of(STORY, STORY), reviews(editor, article).getList("url"));
    }

    @Test
    void itIsRecordedOnAPublishedArticleWhichStaysLockedOtherwise() {
        String editor = fixtures.user("editor");
        String editor2 = fixtures.user("editor");
        long article = article(editor);
        long claim = approvedClaim(editor, editor2, article, 0);
        for (String status : List.of("in_review", "reviewed", "published")) {
            as(editor).body(Map.of("status", status, "version", version(editor, article)))
                    .patch("/api/articles/{id}", article).then().statusCode(200).body("status", equalTo(status));
        }
        as(editor).body(Map.of("factcheckUrl", STORY, "version", version(editor, article)))
                .patch("/api/articles/{id}", article).then().statusCode(200).body("factcheckUrl", equalTo(STORY))
                .body("status", equalTo("published"));
        int claimVersion = as(editor).get("/api/claims/{id}", claim).then().extract().jsonPath().getInt("version");
        as(editor).body(Map.of("factcheckUrl", OTHER, "version", claimVersion)).patch("/api/claims/{id}", claim)
                .then().statusCode(200).body("factcheckUrl", equalTo(OTHER));
        // anything else with it is still refused while published
        as(editor).body(Map.of("factcheckUrl", STORY, "title", "New title", "version", version(editor, article)))
                .patch("/api/articles/{id}", article).then().statusCode(409);
        claimVersion = as(editor).get("/api/claims/{id}", claim).then().extract().jsonPath().getInt("version");
        as(editor).body(Map.of("factcheckUrl", STORY, "claimant", "Someone", "version", claimVersion))
                .patch("/api/claims/{id}", claim).then().statusCode(409);
    }

    @Test
    void checkersAndViewersCannotSetItAndBadAddressesAreRefused() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String viewer = fixtures.user("viewer");
        long article = article(editor);
        long claim = as(editor).body(Map.of("sentenceId", sentence(editor, article, 0)))
                .post("/api/articles/{id}/claims", article).then().statusCode(201).extract().jsonPath().getLong("id");
        String articleBefore = as(editor).get("/api/articles/{id}", article).asString();
        String claimBefore = as(editor).get("/api/claims/{id}", claim).asString();
        int version = version(editor, article);

        as(checker).body(Map.of("factcheckUrl", STORY, "version", version)).patch("/api/articles/{id}", article)
                .then().statusCode(403);
        as(viewer).body(Map.of("factcheckUrl", STORY, "version", version)).patch("/api/articles/{id}", article)
                .then().statusCode(403);
        as(checker).body(Map.of("factcheckUrl", STORY, "version", 0)).patch("/api/claims/{id}", claim).then()
                .statusCode(403);
        as(checker).body(Map.of("factcheckUrl", STORY, "claimant", "X", "version", 0)).patch("/api/claims/{id}", claim)
                .then().statusCode(403);
        as(viewer).body(Map.of("factcheckUrl", STORY, "version", 0)).patch("/api/claims/{id}", claim).then()
                .statusCode(403);
        for (String bad : List.of("javascript:alert(1)", "outlet.example.com/story", "/claims/1", "ftp://x.org/a",
                "https://" + "a".repeat(2000) + ".org")) {
            as(editor).body(Map.of("factcheckUrl", bad, "version", version)).patch("/api/articles/{id}", article)
                    .then().statusCode(400).body("errors[0].field", equalTo("factcheckUrl"));
            as(editor).body(Map.of("factcheckUrl", bad, "version", 0)).patch("/api/claims/{id}", claim).then()
                    .statusCode(400).body("errors[0].field", equalTo("factcheckUrl"));
        }
        assertEquals(articleBefore, as(editor).get("/api/articles/{id}", article).asString(), "nothing changed");
        assertEquals(claimBefore, as(editor).get("/api/claims/{id}", claim).asString(), "nothing changed");
    }

    @Test
    void pagesSayWhenItIsMissingAndEditorsRecordItThroughAFormWithTheCsrfToken() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long article = article(editor);
        long claim = as(editor).body(Map.of("sentenceId", sentence(editor, article, 0)))
                .post("/api/articles/{id}/claims", article).then().statusCode(201).extract().jsonPath().getLong("id");
        String session = login(editor);
        String page = given().cookie("quarkus-credential", session).get("/articles/{id}", article).then()
                .statusCode(200).extract().asString();
        String token = given().cookie("quarkus-credential", session).get("/articles/{id}", article)
                .getCookie(CsrfFilter.COOKIE);
        assertEquals(true, page.contains("id=\"factcheck-url-missing\""), "the review page says it is missing");
        assertEquals(true, page.contains("action=\"/articles/" + article + "/factcheck-url\""), "editors get the form");
        given().cookie("quarkus-credential", login(checker)).get("/articles/{id}", article).then()
                .body(containsString("factcheck-url-missing"))
                .body(not(containsString("/factcheck-url\"")));
        int version = version(editor, article);

        // without the token: refused; a checker: refused; a bad address: 400 with the field's message, nothing saved
        given().redirects().follow(false).cookie("quarkus-credential", session).contentType(ContentType.URLENC)
                .formParam("factcheckUrl", STORY).formParam("version", version)
                .post("/articles/{id}/factcheck-url", article).then().statusCode(403);
        given().auth().preemptive().basic(checker, Fixtures.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("factcheckUrl", STORY).formParam("version", version)
                .post("/articles/{id}/factcheck-url", article).then().statusCode(403);
        given().redirects().follow(false).cookie("quarkus-credential", session).cookie(CsrfFilter.COOKIE, token)
                .contentType(ContentType.URLENC).formParam("csrf", token).formParam("factcheckUrl", "not an address")
                .formParam("version", version).post("/articles/{id}/factcheck-url", article).then().statusCode(400)
                .body(containsString("id=\"factcheckUrl-error\""));
        as(editor).get("/api/articles/{id}", article).then().body("factcheckUrl", nullValue());

        given().redirects().follow(false).cookie("quarkus-credential", session).cookie(CsrfFilter.COOKIE, token)
                .contentType(ContentType.URLENC).formParam("csrf", token).formParam("factcheckUrl", STORY)
                .formParam("version", version).post("/articles/{id}/factcheck-url", article).then().statusCode(303)
                .header("Location", containsString("/articles/" + article));
        as(editor).get("/api/articles/{id}", article).then().body("factcheckUrl", equalTo(STORY));
        given().cookie("quarkus-credential", session).get("/articles/{id}", article).then()
                .body(not(containsString("factcheck-url-missing"))).body(containsString("href=\"" + STORY + "\""));

        // the claim page shows the article's, and takes a claim's own
        given().cookie("quarkus-credential", session).get("/claims/{id}", claim).then().statusCode(200)
                .body(containsString("href=\"" + STORY + "\"")).body(not(containsString("factcheck-url-missing")));
        int claimVersion = as(editor).get("/api/claims/{id}", claim).then().extract().jsonPath().getInt("version");
        given().auth().preemptive().basic(checker, Fixtures.PASSWORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("factcheckUrl", OTHER).formParam("version", claimVersion)
                .post("/claims/{id}/factcheck-url", claim).then().statusCode(403);
        given().redirects().follow(false).cookie("quarkus-credential", session).cookie(CsrfFilter.COOKIE, token)
                .contentType(ContentType.URLENC).formParam("csrf", token).formParam("factcheckUrl", OTHER)
                .formParam("version", claimVersion).post("/claims/{id}/factcheck-url", claim).then().statusCode(303);
        as(editor).get("/api/claims/{id}", claim).then().body("factcheckUrl", equalTo(OTHER));
        given().cookie("quarkus-credential", session).accept("text/html").header("Accept-Language", "ar")
                .get("/claims/{id}", claim).then().body(containsString("href=\"" + OTHER + "\""));
    }

    // ------------------------------------------------------------------ helpers

    private static JsonPath reviews(String editor, long article) {
        return new JsonPath(given().auth().preemptive().basic(editor, Fixtures.PASSWORD).accept("application/ld+json")
                .get("/api/articles/{id}/claimreview", article).then().statusCode(200).extract().asString());
    }

    private static long article(String editor) {
        return Fixtures.id(Fixtures.importText(editor, "Published " + System.nanoTime(),
                "The minister said taxes fell by ten percent. Exports rose by half."));
    }

    private static long sentence(String editor, long article, int index) {
        return as(editor).get("/api/articles/{id}", article).then().extract().jsonPath()
                .getLong("sentences[" + index + "].id");
    }

    private static int version(String editor, long article) {
        return as(editor).get("/api/articles/{id}", article).then().extract().jsonPath().getInt("version");
    }

    /** A claim on sentence {@code index}, proposed false by one editor and approved by another. */
    private static long approvedClaim(String editor, String editor2, long article, int index) {
        long claim = as(editor).body(Map.of("sentenceId", sentence(editor, article, index)))
                .post("/api/articles/{id}/claims", article).then().statusCode(201).extract().jsonPath().getLong("id");
        int version = as(editor).get("/api/claims/{id}", claim).then().extract().jsonPath().getInt("version");
        version = as(editor).body(Map.of("verdict", "false", "rationale", "Official figures say otherwise.",
                "version", version)).patch("/api/claims/{id}", claim).then().statusCode(200).extract().jsonPath()
                .getInt("version");
        as(editor2).body(Map.of("version", version)).post("/api/claims/{id}/approve", claim).then().statusCode(200);
        return claim;
    }

    private static String login(String username) {
        String cookie = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").then().statusCode(302)
                .extract().cookie("quarkus-credential");
        return cookie;
    }
}
