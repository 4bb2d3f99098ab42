package org.factcheck.source;

import static io.restassured.RestAssured.given;
import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SourceSnapshotTest {

    static TestSite site;

    @Inject
    Fixtures fixtures;

    String checker;
    String editor;
    long claimId;

    @BeforeAll
    static void start() throws Exception {
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @BeforeEach
    void claim() {
        checker = fixtures.user("checker");
        editor = fixtures.user("editor");
        long articleId = Fixtures.id(Fixtures.importText(editor, "Clashes", "Armenia says 49 soldiers were killed."));
        claimId = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(
                as(editor).get("/api/articles/{id}", articleId).then().extract().jsonPath().getMap("$"), 0)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void firstCitationKeepsACopyInTheBackgroundAndRechecksFlagChangesAndDisappearance() {
        String path = "/ministry-" + System.nanoTime();
        site.html(path, "<html><head><title>Ministry statement</title></head><body><article>"
                + "<p>The ministry counts 105 dead.</p></article></body></html>");
        long sourceId = as(checker).body(Map.of("source", Map.of("url", site.url(path), "title", "Ministry"),
                "stance", "refutes")).post("/api/claims/{id}/evidence", claimId).then().statusCode(201)
                .extract().jsonPath().getLong("source.id");

        JsonPath source = waitFor(sourceId, s -> "fetched".equals(s.getString("snapshot.status")));
        assertEquals(200, source.getInt("snapshot.httpStatus"));
        assertEquals("Ministry statement", source.getString("snapshot.title"));
        as(checker).accept("text/plain").get("/api/sources/{id}/snapshot", sourceId).then().statusCode(200)
                .contentType(containsString("text/plain")).body(is("The ministry counts 105 dead."));

        // the page is edited: a re-check says so, and the claim page shows it
        site.html(path, "<html><body><article><p>The ministry counts 49 dead.</p></article></body></html>");
        as(checker).post("/api/sources/{id}/recheck", sourceId).then().statusCode(202);
        waitFor(sourceId, s -> "changed".equals(s.getString("lastCheck.change")));
        String page = as(checker).accept("text/html").get("/claims/{id}", claimId).then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("changed since"), "the claim page flags the changed page");
        // the copy made at citation time is still what it said then
        as(checker).accept("text/plain").get("/api/sources/{id}/snapshot", sourceId).then()
                .body(is("The ministry counts 105 dead."));

        site.remove(path);
        as(checker).post("/api/sources/{id}/recheck", sourceId).then().statusCode(202);
        waitFor(sourceId, s -> "gone".equals(s.getString("lastCheck.change")));
    }

    @Test
    void savingEvidenceNeverWaitsForTheFetch() {
        String path = "/slow-" + System.nanoTime();
        site.answer(path, new TestSite.PageAnswer(200, "text/html", "<p>slow</p>".getBytes(), null, 1500));
        long started = System.nanoTime();
        long sourceId = as(checker).body(Map.of("source", Map.of("url", site.url(path), "title", "Slow"),
                "stance", "context")).post("/api/claims/{id}/evidence", claimId).then().statusCode(201)
                .extract().jsonPath().getLong("source.id");
        assertTrue(System.nanoTime() - started < 1_000_000_000L, "the request did not wait for the page");
        as(checker).get("/api/sources/{id}", sourceId).then().body("snapshot.status", is("pending"));
        waitFor(sourceId, s -> "fetched".equals(s.getString("snapshot.status")));
    }

    @Test
    void editorsKeepReliabilityNotesAndMergeDuplicates() {
        long first = as(checker).body(Map.of("source", Map.of("url", "https://www.example.net/report/", "title",
                "Report"), "stance", "supports")).post("/api/claims/{id}/evidence", claimId).then().statusCode(201)
                .extract().jsonPath().getLong("source.id");
        long second = as(checker).body(Map.of("source", Map.of("url",
                "http://example.net/report?utm_source=newsletter", "title", "Report (copy)"), "stance", "supports"))
                .post("/api/claims/{id}/evidence", claimId).then().statusCode(201).extract().jsonPath()
                .getLong("source.id");
        assertTrue(first != second);

        as(checker).body(Map.of("reliabilityNote", "x", "version", 0)).patch("/api/sources/{id}", first).then()
                .statusCode(403);
        as(editor).body(Map.of("reliabilityNote", "Official, but slow to correct.", "publisher", "Ministry",
                "version", 0)).patch("/api/sources/{id}", first).then().statusCode(200)
                .body("reliabilityNote", is("Official, but slow to correct.")).body("version", is(1));
        as(editor).body(Map.of("reliabilityNote", "stale", "version", 0)).patch("/api/sources/{id}", first).then()
                .statusCode(409);

        String sourcePage = as(editor).accept("text/html").get("/sources/{id}", second).then().statusCode(200)
                .extract().asString();
        assertTrue(sourcePage.contains("<option value=\"" + first + "\""), "the duplicate is offered for merging");

        as(editor).body(Map.of("into", second)).post("/api/sources/{id}/merge", second).then().statusCode(400);
        as(editor).body(Map.of("into", first)).post("/api/sources/{id}/merge", second).then().statusCode(200)
                .body("id", is((int) first));
        as(checker).get("/api/sources/{id}", second).then().statusCode(404);
        as(checker).get("/api/sources/{id}/citations", first).then().statusCode(200)
                .body("claimId", hasItem((int) claimId)).body("size()", is(2));
    }

    private static JsonPath waitFor(long sourceId, Predicate<JsonPath> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = given().auth().preemptive().basic(FixturesAccess.anyViewer(), Fixtures.PASSWORD)
                    .get("/api/sources/{id}", sourceId).then().statusCode(200).extract().jsonPath();
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("condition not met in time; last state: " + (last == null ? null : last.prettify()));
    }
}
