package org.factcheck.report;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * JSON-LD is JSON: ClaimReview and the W3C Web Annotation export answer a client that asks for
 * {@code application/json} or for anything ({@code *}{@code /*}, or no Accept), not only {@code application/ld+json};
 * a client asking for neither gets 406. The notes' plain JSON list keeps its place at the same URL as the export.
 */
@QuarkusTest
class JsonLdNegotiationTest {

    static final String LD = "application/ld+json";
    static final String JSON = "application/json";

    @Inject
    Fixtures fixtures;

    String viewer;
    long articleId;

    @BeforeEach
    void articleWithANoteAndAnApprovedClaim() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        viewer = fixtures.user("viewer");
        Map<String, Object> article = Fixtures.importText(editor, "Negotiation", "The club says 40,000 came.");
        articleId = Fixtures.id(article);
        long claim = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath().getLong("id");
        int version = as(checker).body(Map.of("verdict", "false", "rationale", "The league counted 12,000.",
                "version", 0)).patch("/api/claims/{id}", claim).then().statusCode(200).extract().jsonPath()
                .getInt("version");
        as(editor).body(Map.of("version", version)).post("/api/claims/{id}/approve", claim).then().statusCode(200);
        as(checker).body(Map.of("start", 0, "end", 8, "body", "Which club?", "motivation", "questioning"))
                .post("/api/articles/{id}/annotations", articleId).then().statusCode(201);
    }

    @Test
    void claimReviewIsServedToJsonClientsAndToAnyClient() {
        claimReview(as(viewer).accept(LD)).contentType(startsWith(LD));
        claimReview(as(viewer).accept(JSON)).contentType(startsWith(JSON));
        claimReview(as(viewer).accept("*/*")).contentType(startsWith(LD));
        claimReview(as(viewer).accept("application/*")).contentType(startsWith(LD));
        claimReview(as(viewer).accept("text/html;q=0.9, application/json;q=0.8")).contentType(startsWith(JSON));
        claimReview(as(viewer).accept("application/json;q=0, */*;q=0.5")).contentType(startsWith(LD));
        claimReview(as(viewer).accept("application/ld+json;q=0, application/json")).contentType(startsWith(JSON));
        as(viewer).accept("text/html").get("/api/articles/{id}/claimreview", articleId).then().statusCode(406);
    }

    @Test
    void theW3cExportIsServedToJsonLdClientsWithAProfileAndByFormatToAnyClient() {
        String profile = LD + "; profile=\"http://www.w3.org/ns/anno.jsonld\"";
        collection(as(viewer).accept(LD)).contentType(startsWith(LD));
        collection(as(viewer).accept(profile)).contentType(startsWith(LD));
        collection(as(viewer).accept(JSON).queryParam("format", "w3c")).contentType(startsWith(JSON));
        collection(as(viewer).accept("*/*").queryParam("format", "w3c")).contentType(startsWith(LD));
        collection(as(viewer).accept(LD).queryParam("format", "w3c")).contentType(startsWith(LD));
        // the notes' own list stays where API.md puts it
        as(viewer).accept(JSON).get("/api/articles/{id}/annotations", articleId).then().statusCode(200)
                .contentType(startsWith(JSON)).body("$", hasSize(1)).body("[0].body", is("Which club?"));
        as(viewer).accept("*/*").queryParam("format", "json").get("/api/articles/{id}/annotations", articleId)
                .then().statusCode(200).contentType(startsWith(JSON)).body("$", hasSize(1));
        // anything else (curl, a browser link) gets the export, as before
        collection(as(viewer).accept("*/*")).contentType(startsWith(LD));
        as(viewer).accept(JSON).queryParam("format", "xml").get("/api/articles/{id}/annotations", articleId).then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
    }

    private ValidatableResponse claimReview(RequestSpecification request) {
        return request.get("/api/articles/{id}/claimreview", articleId).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].'@type'", is("ClaimReview"))
                .body("[0].reviewRating.alternateName", is("False"));
    }

    private ValidatableResponse collection(RequestSpecification request) {
        return request.get("/api/articles/{id}/annotations", articleId).then().statusCode(200)
                .body("type", is("AnnotationCollection")).body("total", is(2))
                .body("first.items.motivation", containsInAnyOrder("assessing", "questioning"));
    }
}
