package org.factcheck.annotation;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.factcheck.text.CodePoints;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The W3C Web Annotation export (API.md: annotations; STANDARDS.md) passes every must-assertion of the W3C test
 * suite ({@link W3cAnnotationSuite}): the collection, its embedded page and each annotation — notes, claims with and
 * without a verdict, in Arabic and English, and an orphan that keeps only its quote. The suite is shown to catch
 * what it should, so a pass means something: the claim body the export had before (no {@code id}, no {@code value})
 * fails it, and that older export still imports.
 */
@QuarkusTest
class WebAnnotationConformanceTest {

    static final String LD = "application/ld+json";
    static final String TEXT = "Budget report\n\n"
            + "قال الوزير إنّ الميزانية نمت بنسبة 4.5% هذا العام. وأكّد الخبراء ذلك.\n\n"
            + "The stadium holds 40,000 people 🏟️ today. Fans cheered as the team won.";

    static final W3cAnnotationSuite SUITE = new W3cAnnotationSuite();

    @Inject
    Fixtures fixtures;
    @Inject
    ObjectMapper mapper;

    @Test
    void theExportOfNotesClaimsAndOrphansPassesEveryW3cMustAssertion() throws Exception {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long article = Fixtures.id(Fixtures.importText(editor, "W3C conformance", TEXT));
        long judged = claim(checker, article, "نمت بنسبة 4.5%");
        as(checker).body(Map.of("verdict", "misleading", "rationale", "النسبة 3.1% وفق المالية.", "version", 0))
                .patch("/api/claims/{id}", judged).then().statusCode(200);
        claim(checker, article, "40,000 people");
        note(checker, article, "إنّ الميزانية", "المصدر؟", "questioning");
        note(checker, article, "cheered as the team won", "Which match?", "commenting");
        // a revision removes the words of the last note: it is exported as an orphan (quote only)
        int version = as(editor).get("/api/articles/{id}", article).then().extract().jsonPath().getInt("version");
        as(editor).body(Map.of("text", TEXT.replace("cheered as the team won", "sang"), "version", version))
                .put("/api/articles/{id}/text", article).then().statusCode(200).body("orphaned", is(1));

        String exported = exportOf(checker, article);
        // kept for other validators (e.g. the W3C suite's Python runner): target/w3c-annotation-export.json
        Files.writeString(Path.of("target", "w3c-annotation-export.json"), exported);
        JsonNode export = mapper.readTree(exported);
        assertEquals(4, export.get("total").asInt());
        List<W3cAnnotationSuite.Outcome> outcomes = SUITE.checkCollection(export);
        List<W3cAnnotationSuite.Outcome> failed = outcomes.stream().filter(o -> !o.passed()).toList();
        assertEquals(List.of(), failed, "W3C must-assertions failed");
        // 10 collection + 15 page assertions, 54 for each of the 4 annotations
        assertEquals(10 + 15 + 4 * 54, outcomes.size());

        JsonNode claimBody = items(export).stream().filter(i -> i.path("motivation").asText().equals("assessing"))
                .filter(i -> i.path("body").path("type").asText().equals("fc:Claim")).findFirst().orElseThrow()
                .get("body");
        assertTrue(claimBody.get("id").asText().matches("https?://.+/claims/\\d+#claim"), claimBody.toString());
    }

    @Test
    void theSuiteRejectsTheEarlierClaimBodyWhichStillImports() throws Exception {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long article = Fixtures.id(Fixtures.importText(editor, "W3C earlier shape", TEXT));
        long judged = claim(checker, article, "40,000 people");
        as(checker).body(Map.of("verdict", "false", "rationale", "38,500 seats.", "version", 0))
                .patch("/api/claims/{id}", judged).then().statusCode(200);
        JsonNode export = mapper.readTree(exportOf(checker, article));
        ObjectNode claim = (ObjectNode) items(export).get(0);
        ObjectNode badDate = claim.deepCopy();
        ((ObjectNode) claim.get("body")).remove("id"); // the body as exported before: type and fc: fields only

        List<String> failed = SUITE.checkCollection(export).stream().filter(o -> !o.passed())
                .map(W3cAnnotationSuite.Outcome::assertion).toList();
        assertEquals(List.of("annotations/3.2-bodyObjectsRecognized.json"), failed);

        badDate.put("@context", WebAnnotation.CONTEXT).put("created", "6 December 2026");
        assertEquals(List.of("annotations/3.3.1-annotationCreatedValidated.json"),
                SUITE.checkAnnotation(badDate).stream().filter(o -> !o.passed())
                        .map(W3cAnnotationSuite.Outcome::assertion).toList(),
                "formats are checked (date-time)");

        long copy = Fixtures.id(Fixtures.importText(editor, "W3C earlier shape copy", TEXT));
        as(checker).contentType(LD).body(mapper.writeValueAsString(export))
                .post("/api/articles/{id}/annotations/import", copy).then().statusCode(201).body("claims.size()", is(1));
        as(checker).get("/api/articles/{id}/claims", copy).then().body("[0].quote", is("40,000 people"))
                .body("[0].verdict", is("false")).body("[0].rationale", is("38,500 seats."));
    }

    private static List<JsonNode> items(JsonNode export) {
        List<JsonNode> items = new ArrayList<>();
        export.get("first").get("items").forEach(items::add);
        return items;
    }

    private static String exportOf(String user, long articleId) {
        return as(user).accept(LD).get("/api/articles/{id}/annotations", articleId).then().statusCode(200)
                .header("Content-Type", startsWith(LD)).extract().asString();
    }

    private static long claim(String user, long articleId, String quote) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(quote));
        return as(user).body(Map.of("start", start, "end", start + CodePoints.length(quote)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static void note(String user, long articleId, String quote, String body, String motivation) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(quote));
        as(user).body(Map.of("start", start, "end", start + CodePoints.length(quote), "body", body,
                "motivation", motivation)).post("/api/articles/{id}/annotations", articleId).then().statusCode(201);
    }
}
