package org.factcheck.annotation;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AnnotationTest {

    @Inject
    Fixtures fixtures;

    @Test
    void noteKeepsQuoteAndContextAndExportsAsW3cCollection() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        // an emoji outside the BMP before the span: offsets must still be code points
        long articleId = Fixtures.id(Fixtures.importText(editor, "Emoji", "Fans 🎉 cheered. The stadium holds 40,000 people."));
        int start = "Fans 🎉 cheered. The stadium holds ".codePointCount(0, "Fans 🎉 cheered. The stadium holds ".length());
        int end = start + "40,000".length();
        as(checker).body(Map.of("start", start, "end", end, "body", "Capacity is 38,000 per the club.",
                "motivation", "questioning")).post("/api/articles/{id}/annotations", articleId).then().statusCode(201)
                .body("quote", is("40,000")).body("prefix", is("ns 🎉 cheered. The stadium holds ")) // 32 code points of context
                .body("suffix", is(" people.")).body("createdBy", is(checker));

        JsonPath w3c = as(checker).accept("application/ld+json").get("/api/articles/{id}/annotations", articleId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("http://www.w3.org/ns/anno.jsonld", w3c.getString("'@context'[0]"));
        assertEquals("AnnotationCollection", w3c.getString("type"));
        assertEquals(1, w3c.getInt("total"));
        assertEquals("TextQuoteSelector", w3c.getString("first.items[0].target.selector[0].type"));
        assertEquals("40,000", w3c.getString("first.items[0].target.selector[0].exact"));
        assertEquals(start, w3c.getInt("first.items[0].target.selector[1].start"));
        assertEquals("questioning", w3c.getString("first.items[0].motivation"));
        assertEquals("Capacity is 38,000 per the club.", w3c.getString("first.items[0].body.value"));
    }

    @Test
    void badNotesAreRefused() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String viewer = fixtures.user("viewer");
        long articleId = Fixtures.id(Fixtures.importText(editor, "Short", "Short text."));
        as(checker).body(Map.of("start", 0, "end", 5, "body", "  ")).post("/api/articles/{id}/annotations", articleId)
                .then().statusCode(400).body("errors.field", hasItem("body"));
        as(checker).body(Map.of("start", 0, "end", 500, "body", "x")).post("/api/articles/{id}/annotations", articleId)
                .then().statusCode(400).body("errors.field", hasItem("start"));
        as(checker).body(Map.of("start", 0, "end", 5, "body", "x", "motivation", "shouting"))
                .post("/api/articles/{id}/annotations", articleId).then().statusCode(400)
                .body("errors.field", hasItem("motivation"));
        as(viewer).body(Map.of("start", 0, "end", 5, "body", "x")).post("/api/articles/{id}/annotations", articleId)
                .then().statusCode(403);
        as(viewer).get("/api/articles/{id}/annotations", articleId).then().statusCode(200).body("size()", is(0));
    }
}
