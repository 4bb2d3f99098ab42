package org.factcheck.report;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ReportTest {

    @Inject
    Fixtures fixtures;

    String checker;
    String editor;
    long articleId;
    long approvedClaim;
    long openClaim;

    @BeforeEach
    void setUp() {
        checker = fixtures.user("checker");
        editor = fixtures.user("editor");
        Map<String, Object> article = Fixtures.importSeed(editor);
        articleId = Fixtures.id(article);
        approvedClaim = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 4),
                "text", "=HYPERLINK(\"http://evil\")", "claimant", "<script>alert('x')</script>"))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath().getLong("id");
        as(checker).body(Map.of("source", Map.of("url", "https://example.org/casualties", "title", "Casualty list"),
                "stance", "supports", "excerpt", "49 جنديا")).post("/api/claims/{id}/evidence", approvedClaim)
                .then().statusCode(201);
        int version = as(checker).body(Map.of("verdict", "mostly_verified", "rationale", "Matches the ministry.",
                "version", 0)).patch("/api/claims/{id}", approvedClaim).then().statusCode(200).extract().jsonPath()
                .getInt("version");
        as(editor).body(Map.of("version", version)).post("/api/claims/{id}/approve", approvedClaim).then()
                .statusCode(200);
        openClaim = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 6)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void claimReviewHasEveryRequiredFieldForApprovedClaimsOnly() {
        JsonPath json = as(checker).accept("application/ld+json").get("/api/articles/{id}/claimreview", articleId)
                .then().statusCode(200).contentType("application/ld+json").extract().jsonPath();
        List<Map<String, Object>> reviews = json.getList("$");
        assertEquals(1, reviews.size(), "the open claim is not exported");
        assertEquals("https://schema.org", json.getString("[0].'@context'"));
        assertEquals("ClaimReview", json.getString("[0].'@type'"));
        assertTrue(json.getString("[0].url").matches("https?://.+/claims/" + approvedClaim));
        assertEquals("=HYPERLINK(\"http://evil\")", json.getString("[0].claimReviewed"));
        assertTrue(json.getString("[0].datePublished").matches("\\d{4}-\\d\\d-\\d\\dT.+(Z|[+-]\\d\\d:\\d\\d)"));
        assertEquals("Rating", json.getString("[0].reviewRating.'@type'"));
        assertEquals(4, json.getInt("[0].reviewRating.ratingValue"));
        assertEquals(5, json.getInt("[0].reviewRating.bestRating"));
        assertEquals(1, json.getInt("[0].reviewRating.worstRating"));
        assertEquals("Mostly verified", json.getString("[0].reviewRating.alternateName"));
        assertEquals("Organization", json.getString("[0].author.'@type'"));
        assertFalse(json.getString("[0].author.name").isBlank());
        assertEquals("Claim", json.getString("[0].itemReviewed.'@type'"));
        assertEquals("Person", json.getString("[0].itemReviewed.author.'@type'"));
        assertEquals("CreativeWork", json.getString("[0].itemReviewed.appearance[0].'@type'"));
        assertEquals("العرب", json.getString("[0].itemReviewed.appearance[0].publisher.name"));
        assertEquals("ar", json.getString("[0].inLanguage"));
    }

    @Test
    void aVerdictCorrectedAndApprovedAgainKeepsItsFirstDateAndGetsDateModified() throws Exception {
        String first = as(checker).accept("application/ld+json").get("/api/articles/{id}/claimreview", articleId)
                .then().extract().jsonPath().getString("[0].datePublished");
        int version = as(checker).get("/api/claims/{id}", approvedClaim).then().extract().jsonPath().getInt("version");
        Thread.sleep(1100); // dates are kept to the second in ClaimReview
        version = as(checker).body(Map.of("verdict", "false", "rationale", "The ministry corrected its figure.",
                "version", version)).patch("/api/claims/{id}", approvedClaim).then().statusCode(200).extract()
                .jsonPath().getInt("version");
        String otherEditor = fixtures.user("editor");
        as(otherEditor).body(Map.of("version", version)).post("/api/claims/{id}/approve", approvedClaim).then()
                .statusCode(200);
        JsonPath json = as(checker).accept("application/ld+json").get("/api/articles/{id}/claimreview", articleId)
                .then().extract().jsonPath();
        assertEquals(first, json.getString("[0].datePublished"));
        assertTrue(json.getString("[0].dateModified").compareTo(first) > 0, json.prettify());
        assertEquals("False", json.getString("[0].reviewRating.alternateName"));
        assertEquals(1, json.getInt("[0].reviewRating.ratingValue"));
    }

    @Test
    void csvHasBomOneRowPerClaimAndNeutralisedFormulas() throws Exception {
        byte[] body = as(checker).get("/api/articles/{id}/report?format=csv", articleId).then().statusCode(200)
                .contentType("text/csv").extract().asByteArray();
        assertEquals((byte) 0xEF, body[0]);
        assertEquals((byte) 0xBB, body[1]);
        assertEquals((byte) 0xBF, body[2]);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertEquals(2, rows.size());
        CSVRecord approved = rows.stream().filter(r -> r.get("claim_id").equals(String.valueOf(approvedClaim)))
                .findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://evil\")", approved.get("claim"));
        assertEquals("mostly_verified", approved.get("verdict"));
        assertEquals("approved", approved.get("status"));
        assertTrue(approved.get("quote").contains("49 جنديا"), "Arabic survives the round trip");
        assertTrue(approved.get("evidence").contains("https://example.org/casualties"));
    }

    @Test
    void htmlReportIsEscapedAndRightToLeft() {
        String html = as(checker).accept("text/html").get("/api/articles/{id}/report", articleId).then()
                .statusCode(200).contentType("text/html").extract().asString();
        assertFalse(html.contains("<script>alert"), "user text is escaped");
        assertTrue(html.contains("&lt;script&gt;alert"));
        assertTrue(html.contains("dir=\"rtl\""));
        assertTrue(html.contains("Mostly verified"));
        assertTrue(html.contains("Casualty list"));
    }

    @Test
    void jsonReportCarriesStatsAndClaims() {
        as(checker).get("/api/articles/{id}/report?format=json", articleId).then().statusCode(200)
                .body("stats.claims", is(2)).body("stats.approved", is(1)).body("claims.size()", is(2))
                .body("claimReview.size()", is(1)).body("article.language", is("ar"));
        as(checker).get("/api/articles/{id}/report?format=docx", articleId).then().statusCode(400);
        as(checker).get("/api/articles/{id}/report?format=csv", 99999999).then().statusCode(404);
    }
}
