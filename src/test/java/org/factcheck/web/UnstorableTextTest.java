package org.factcheck.web;

import static io.restassured.RestAssured.given;
import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 18: text PostgreSQL cannot store (NUL) or that is not Unicode (an unpaired surrogate) is refused at the edge
 * with 400 naming the field, on every write and every search, as JSON, form field and query parameter; nothing
 * changes. Each case names the field it expects, so a request refused for another reason fails the test.
 */
@QuarkusTest
class UnstorableTextTest {

    /** JSON escapes, written into the body as they come from a client: a NUL, and a lone high surrogate. */
    static final List<String> BAD_JSON = List.of("a\\u0000b", "a\\ud800b", "a\\udc00b");
    static final String MARK = "§BAD§";

    @Inject
    Fixtures fixtures;
    @Inject
    ObjectMapper mapper;

    record Case(String method, String path, Map<String, Object> body, String field) {
    }

    @Test
    void everyJsonWriteRefusesNulAndUnpairedSurrogatesNamingTheFieldAndChangesNothing() throws Exception {
        String editor = fixtures.user("editor");
        String admin = fixtures.user("admin");
        World w = world(editor);
        List<Case> cases = List.of(
                new Case("POST", "/api/articles", map("title", MARK, "text", "Some text."), "title"),
                new Case("POST", "/api/articles", map("title", "T", "text", "Some " + MARK), "text"),
                new Case("POST", "/api/articles", map("title", "T", "text", "x.", "outlet", MARK), "outlet"),
                new Case("POST", "/api/articles", map("title", "T", "text", "x.", "url", MARK), "url"),
                new Case("POST", "/api/articles", map("title", "T", "text", "x.", "language", MARK), "language"),
                new Case("PATCH", "/api/articles/" + w.article, map("title", MARK, "version", w.articleVersion),
                        "title"),
                new Case("PATCH", "/api/articles/" + w.article, map("correctionNote", MARK, "status", "in_review",
                        "version", w.articleVersion), "correctionNote"),
                new Case("PUT", "/api/articles/" + w.article + "/text", map("text", "New " + MARK, "version",
                        w.articleVersion), "text"),
                new Case("POST", "/api/articles/" + w.article + "/claims", map("sentenceId", w.sentence, "text",
                        MARK), "text"),
                new Case("POST", "/api/articles/" + w.article + "/claims", map("sentenceId", w.sentence,
                        "claimant", MARK), "claimant"),
                new Case("POST", "/api/articles/" + w.article + "/annotations", map("start", 0, "end", 4, "body",
                        MARK), "body"),
                new Case("PATCH", "/api/claims/" + w.claim, map("rationale", MARK, "verdict", "false", "version",
                        w.claimVersion), "rationale"),
                new Case("PATCH", "/api/claims/" + w.claim, map("claimant", MARK, "version", w.claimVersion),
                        "claimant"),
                new Case("POST", "/api/claims/" + w.claim + "/reject", map("reason", MARK, "version",
                        w.claimVersion), "reason"),
                new Case("POST", "/api/claims/" + w.claim + "/evidence", map("source", map("url",
                        "https://example.org/x", "title", MARK), "stance", "refutes"), "source.title"),
                new Case("POST", "/api/claims/" + w.claim + "/evidence", map("sourceId", w.source, "stance",
                        "refutes", "note", MARK), "note"),
                new Case("POST", "/api/claims/" + w.claim + "/comments", map("body", MARK), "body"),
                new Case("POST", "/api/annotations/" + w.note + "/replies", map("body", MARK), "body"),
                new Case("PATCH", "/api/sources/" + w.source, map("reliabilityNote", MARK, "version", 0),
                        "reliabilityNote"),
                new Case("PATCH", "/api/me", map("displayName", MARK), "displayName"),
                new Case("PATCH", "/api/users/" + w.user, map("displayName", MARK, "version", 0), "displayName"),
                new Case("POST", "/api/claims/" + w.claim + "/reattach", map("start", 0, "end", 3, "quote", MARK),
                        "quote"),
                new Case("POST", "/api/annotations/" + w.note + "/reattach", map("start", 0, "end", 3, "quote", MARK),
                        "quote"),
                new Case("POST", "/api/users", map("username", "u" + System.nanoTime(), "password",
                        "a long enough password " + MARK, "roles", List.of("viewer")), "password"),
                new Case("POST", "/api/users", map("username", "u" + System.nanoTime(), "password",
                        "unusual-passphrase-29", "roles", List.of("viewer", MARK)), "roles[1]"),
                new Case("POST", "/api/articles/" + w.article + "/annotations/import", null, "[0].body.value"));

        String before = state(editor, w);
        for (Case c : cases) {
            for (String value : BAD_JSON) {
                String body = c.body() == null ? webAnnotation(value) : json(c.body(), value);
                String who = c.path().startsWith("/api/users") ? admin : editor;
                as(who).body(body).request(c.method(), c.path()).then().log().ifValidationFails()
                        .statusCode(400)
                        .contentType(startsWith("application/problem+json"))
                        .body("errors[0].field", equalTo(c.field()))
                        .body("detail", containsString(value.contains("0000") ? "NUL" : "unpaired surrogate"));
            }
        }
        assertEquals(before, state(editor, w), "nothing changed");
    }

    @Test
    void everySearchAndListRefusesANulInItsQuery() {
        String editor = fixtures.user("editor");
        String admin = fixtures.user("admin");
        List<String> api = List.of("/api/search?q=", "/api/articles?q=", "/api/search?q=x&type=", "/api/claims?status=",
                "/api/articles?status=");
        for (String path : api) {
            problem(as(editor).urlEncodingEnabled(false).get(path + "a%00b"), param(path));
        }
        problem(as(admin).urlEncodingEnabled(false).get("/api/users?q=a%00b"), "q");
        problem(as(admin).urlEncodingEnabled(false).get("/api/audit/logins?username=a%00b"), "username");
        for (String path : List.of("/search?q=", "/articles?q=")) {
            as(editor).urlEncodingEnabled(false).accept("text/html").get(path + "a%00b").then().statusCode(400)
                    .contentType(startsWith("text/html")).body(containsString("NUL"));
        }
        // a query parameter no resource reads is checked too: nothing past the edge sees it
        problem(as(editor).urlEncodingEnabled(false).get("/api/me?whatever=%00"), "whatever");
        // the login form and HTTP Basic are read before any resource: a NUL in a name is a failed login, not an error
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("j_username", "a\u0000b")
                .formParam("j_password", "whatever-password").post("/j_security_check").then().statusCode(303)
                .header("Location", containsString("/login/failed"));
        given().auth().preemptive().basic("a\u0000b", "whatever-password").get("/api/me").then().statusCode(401);
        // an unpaired surrogate cannot be written in UTF-8; its bytes decode to U+FFFD, which is storable text
        as(editor).urlEncodingEnabled(false).get("/api/search?q=a%ED%A0%80b").then().statusCode(200);
    }

    @Test
    void formFieldsWithANulAreRefusedNamingTheFieldAndChangeNothing() {
        String editor = fixtures.user("editor");
        World w = world(editor);
        String before = state(editor, w);
        List<String[]> forms = List.of(
                new String[] {"/claims/" + w.claim + "/comments", "body"},
                new String[] {"/annotations/" + w.note + "/replies", "body"},
                new String[] {"/claims/" + w.claim, "claimant"},
                new String[] {"/claims/" + w.claim + "/evidence", "title"},
                new String[] {"/articles/" + w.article + "/claims", "text"},
                new String[] {"/articles/" + w.article + "/annotations", "body"},
                new String[] {"/articles/" + w.article + "/text", "text"},
                new String[] {"/articles/" + w.article + "/status", "correctionNote"},
                new String[] {"/sources/" + w.source, "reliabilityNote"},
                new String[] {"/profile", "displayName"});
        for (String[] form : forms) {
            as(editor).contentType(ContentType.URLENC).accept("text/html").formParam(form[1], "a\u0000b")
                    .formParam("version", 0).post(form[0]).then().statusCode(400)
                    .body(containsString("NUL")).body(containsString(form[1]));
        }
        // the import form is multipart: its text fields are checked, an uploaded file is cleaned on import instead
        given().auth().preemptive().basic(editor, Fixtures.PASSWORD).accept("text/html")
                .multiPart("title", "a\u0000b").multiPart("text", "Some text.").post("/articles").then()
                .statusCode(400).body(containsString("title"));
        assertEquals(before, state(editor, w), "nothing changed");
    }

    @Test
    void aFormPostToAMissingIdIsNotFound() {
        String admin = fixtures.user("admin");
        long missing = 987_654_321L;
        for (String path : List.of("/claims/%d/comments", "/annotations/%d/replies", "/claims/%d", "/claims/%d/approve",
                "/claims/%d/reject", "/claims/%d/evidence", "/claims/%d/copy-evidence", "/evidence/%d/delete",
                "/articles/%d/claims", "/articles/%d/annotations", "/articles/%d/status", "/articles/%d/text",
                "/articles/%d/sentences", "/orphans/claims/%d/reattach", "/orphans/claims/%d/dismiss",
                "/orphans/notes/%d/reattach", "/orphans/notes/%d/dismiss", "/sources/%d", "/sources/%d/merge",
                "/sources/%d/recheck", "/mentions/%d/read", "/users/%d")) {
            String url = String.format(path, missing);
            given().auth().preemptive().basic(admin, Fixtures.PASSWORD).redirects().follow(false)
                    .contentType(ContentType.URLENC).accept("text/html").formParam("body", "hello")
                    .formParam("version", 0).formParam("into", 1).formParam("fromClaimId", 1).formParam("sentence", 1)
                    .formParam("at", 1).formParam("start", 0).formParam("end", 1).formParam("text", "hello")
                    .post(url).then().log().ifValidationFails().statusCode(404);
        }
    }

    @Test
    void anUploadedFileIsCleanedOfStrayControlsAndItsOffsetsCountTheCleanedText() {
        String editor = fixtures.user("editor");
        byte[] file = ("Upload " + System.nanoTime() + "\n\nThe port\u0000 reopened.\fExports rose\u0007 again.")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String location = given().auth().preemptive().basic(editor, Fixtures.PASSWORD).redirects().follow(false)
                .accept("text/html").multiPart("title", "Cleaned upload").multiPart("text", "")
                .multiPart("file", "story.txt", file, "text/plain").post("/articles").then().statusCode(303)
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        io.restassured.path.json.JsonPath article = as(editor).get("/api/articles/{id}", id).then().statusCode(200)
                .extract().jsonPath();
        String text = article.getString("text");
        assertEquals("The port reopened.\nExports rose again.", text.substring(text.indexOf("The port")));
        List<Map<String, Object>> sentences = article.getList("sentences");
        for (Map<String, Object> sentence : sentences) {
            int start = ((Number) sentence.get("start")).intValue();
            int end = ((Number) sentence.get("end")).intValue();
            assertEquals(sentence.get("text"), text.substring(text.offsetByCodePoints(0, start),
                    text.offsetByCodePoints(0, end)), "offsets count the cleaned text");
        }
        assertEquals("Exports rose again.", sentences.get(sentences.size() - 1).get("text"));
    }

    // ------------------------------------------------------------------ helpers

    /** An article with a claim, evidence (a source) and a note, made through the API. */
    static final class World {
        long article;
        int articleVersion;
        long sentence;
        long claim;
        int claimVersion;
        long note;
        long source;
        long user;
    }

    private static World world(String editor) {
        World w = new World();
        w.user = as(editor).get("/api/me").then().statusCode(200).extract().jsonPath().getLong("id");
        Map<String, Object> article = Fixtures.importText(editor, "Edge " + System.nanoTime(),
                "The minister said taxes fell by ten percent. Nobody checked.");
        w.article = Fixtures.id(article);
        w.articleVersion = ((Number) article.get("version")).intValue();
        w.sentence = Fixtures.sentenceId(article, 0);
        w.claim = as(editor).body(Map.of("sentenceId", w.sentence)).post("/api/articles/{id}/claims", w.article)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        w.source = as(editor).body(Map.of("source", Map.of("url", "https://example.org/edge-" + System.nanoTime(),
                "title", "Edge source"), "stance", "context")).post("/api/claims/{id}/evidence", w.claim).then()
                .statusCode(201).extract().jsonPath().getLong("source.id");
        w.claimVersion = as(editor).get("/api/claims/{id}", w.claim).then().extract().jsonPath().getInt("version");
        w.note = as(editor).body(Map.of("start", 0, "end", 3, "body", "A note")).post("/api/articles/{id}/annotations",
                w.article).then().statusCode(201).extract().jsonPath().getLong("id");
        return w;
    }

    /** Everything the cases could change, as one string. */
    private static String state(String editor, World w) {
        StringBuilder s = new StringBuilder();
        for (String path : List.of("/api/articles/" + w.article, "/api/articles/" + w.article + "/claims",
                "/api/claims/" + w.claim, "/api/claims/" + w.claim + "/history", "/api/claims/" + w.claim
                        + "/comments", "/api/articles/" + w.article + "/annotations", "/api/annotations/" + w.note
                        + "/replies", "/api/sources/" + w.source, "/api/me", "/api/articles/" + w.article
                        + "/revisions")) {
            s.append(path).append(": ").append(as(editor).get(path).then().statusCode(200).extract().asString())
                    .append('\n');
        }
        s.append(as(editor).get("/api/articles?size=1").then().extract().jsonPath().getLong("total"));
        return s.toString();
    }

    private String json(Map<String, Object> body, String bad) throws JsonProcessingException {
        return mapper.writeValueAsString(body).replace(MARK, bad);
    }

    private static String webAnnotation(String bad) {
        return "[{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Annotation\", \"body\": {\"type\":"
                + " \"TextualBody\", \"value\": \"" + bad + "\"}, \"target\": {\"selector\": {\"type\":"
                + " \"TextQuoteSelector\", \"exact\": \"The minister\"}}}]";
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String param(String path) {
        return path.substring(path.lastIndexOf(path.contains("&") ? '&' : '?') + 1, path.length() - 1);
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, String field) {
        return response.then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field)).body("detail", containsString("NUL"));
    }
}
