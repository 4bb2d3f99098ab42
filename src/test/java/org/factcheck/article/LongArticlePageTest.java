package org.factcheck.article;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The claim form of a long article asks for a sentence number instead of listing every sentence (the list was a
 * third of the page of a 2,000-sentence article); without the page script the number alone makes the claim.
 */
@QuarkusTest
class LongArticlePageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aLongArticleTakesTheSentenceByItsNumber() {
        String editor = fixtures.user("editor");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= ReviewFragments.LISTED_SENTENCES + 50; i++) {
            text.append("Sentence ").append(i).append(" of the long article.").append(i % 10 == 0 ? "\n\n" : " ");
        }
        Map<String, Object> article = Fixtures.importText(editor, "Long", text.toString());
        long id = Fixtures.id(article);

        String page = as(editor).accept("text/html").get("/articles/{id}", id).then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("name=\"sentenceNumber\""), "the form asks for a number");
        assertFalse(page.contains("<option value=\"" + Fixtures.sentenceId(article, 0) + "\""),
                "the sentences are not listed");

        // HTTP Basic needs no CSRF token; the form is the one a browser without the page script sends
        String location = as(editor).contentType("application/x-www-form-urlencoded").accept("text/html")
                .formParams(Map.of("sentenceId", "", "sentenceNumber", "3", "text", "", "claimant", ""))
                .redirects().follow(false).post("/articles/{id}/claims", id).then().statusCode(303).extract()
                .header("Location");
        assertTrue(location.contains("#s-" + Fixtures.sentenceId(article, 2)), location);
        List<Map<String, Object>> claims = as(editor).get("/api/articles/{id}/claims", id).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(1, claims.size());

        // a sentence selected on the page rides along in sentenceId; the number typed is what counts
        String typed = as(editor).contentType("application/x-www-form-urlencoded").accept("text/html")
                .formParams(Map.of("sentenceId", String.valueOf(Fixtures.sentenceId(article, 0)), "sentenceNumber",
                        "5", "text", "", "claimant", ""))
                .redirects().follow(false).post("/articles/{id}/claims", id).then().statusCode(303).extract()
                .header("Location");
        assertTrue(typed.contains("#s-" + Fixtures.sentenceId(article, 4)), typed);

        String refused = as(editor).contentType("application/x-www-form-urlencoded").accept("text/html")
                .formParams(Map.of("sentenceId", "", "sentenceNumber", "999")).post("/articles/{id}/claims", id)
                .then().statusCode(400).extract().asString();
        assertTrue(refused.contains("There is no sentence 999 in this article."), "the page says what is wrong");
        assertEquals(2, as(editor).get("/api/articles/{id}/claims", id).then().extract().jsonPath()
                .getList("items").size(), "nothing was stored");

        String small = as(editor).accept("text/html").get("/articles/{id}",
                Fixtures.id(Fixtures.importText(editor, "Short", "One. Two. Three."))).then().statusCode(200)
                .extract().asString();
        assertTrue(small.contains("<select id=\"claim-sentence\""), "short articles list their sentences");
    }
}
