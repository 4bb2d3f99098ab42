package org.factcheck.suggestion;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * docs/suggestions.md, learning from the desk: decisions become examples; an admin retrains (reproducibly), sees
 * both models' F1 on held-back desk examples, and chooses; the chosen model scores the open suggestions.
 */
@QuarkusTest
class SuggestionModelTest {

    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;

    @Test
    void retrainingOnTheDesksDecisionsIsReproducibleAndChangesTheScores() {
        String editor = fixtures.user("editor");
        String admin = fixtures.user("admin");
        // this desk finds budget figures worth checking and tax figures not: the opposite of nothing the shipped
        // model knows, so a model learnt from it must score them apart
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append("The budget grew by ").append(i).append(" percent in ").append(1990 + i)
                    .append(", the minister said.\n\n");
            text.append("The tax rate rose by ").append(i).append(" percent in ").append(1990 + i)
                    .append(", the minister said.\n\n");
        }
        long id = Fixtures.id(Fixtures.importText(editor, "Desk habits", text.toString()));
        JsonPath list = as(editor).get("/api/articles/{id}/suggestions", id).then().extract().jsonPath();
        List<Integer> ids = list.getList("id");
        List<String> sentences = list.getList("sentence");
        assertTrue(ids.size() >= 40, "most sentences suggested by the shipped model: " + ids.size());
        for (int i = 0; i < ids.size(); i++) {
            as(editor).post("/api/suggestions/{id}/" + (sentences.get(i).contains("budget") ? "accept" : "dismiss"),
                    ids.get(i)).then().statusCode(200);
        }
        String probe = "The tax rate rose by 45 percent in 2031, the minister said.\n\nThe budget grew by 45 percent"
                + " in 2031, the minister said.";
        long before = Fixtures.id(Fixtures.importText(editor, "Probe", probe));
        Map<String, Float> shippedScores = scores(editor, before);

        as(editor).body(Map.of()).post("/api/suggestions/model").then().statusCode(403);
        JsonPath first = as(admin).body(Map.of("withCheckThat", false)).post("/api/suggestions/model").then()
                .statusCode(201).body("description", containsString("desk examples")).extract().jsonPath();
        assertTrue(first.getInt("heldBackExamples") > 0 && first.getInt("trainExamples") > 30, first.prettify());
        assertTrue(first.getDouble("newF1") > 0.9, "the desk's rule is learnt: " + first.prettify());
        long again = as(admin).body(Map.of()).post("/api/suggestions/model").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        assertArrayEquals(data(first.getLong("id")), data(again), "same decisions, same model, byte for byte");
        // without the data on this server, asking for CheckThat! is refused and stores nothing
        as(admin).body(Map.of("withCheckThat", true)).post("/api/suggestions/model").then().statusCode(400)
                .contentType(containsString("problem+json"));

        // the admin page lists both, neither in use yet; it is for admins only
        io.restassured.RestAssured.given().auth().preemptive().basic(admin, Fixtures.PASSWORD)
                .get("/suggestions/model").then().statusCode(200).body(containsString("Suggestion model"))
                .body(containsString(String.format(java.util.Locale.ROOT, "%.3f", first.getDouble("newF1"))))
                .body(containsString("/suggestions/model/" + again + "/activate"));
        io.restassured.RestAssured.given().auth().preemptive().basic(editor, Fixtures.PASSWORD)
                .get("/suggestions/model").then().statusCode(403);
        try {
            as(admin).post("/api/suggestions/model/{id}/activate", first.getLong("id")).then().statusCode(200)
                    .body("shippedActive", is(false));
            Map<String, Float> deskScores = scores(editor, before);
            assertTrue(deskScores.getOrDefault("tax", 0f) < 0.5f, "dismissed kind not suggested: " + deskScores);
            assertTrue(deskScores.get("budget") >= 0.5f, deskScores.toString());
            assertNotEquals(shippedScores, deskScores);
        } finally {
            // other tests share this database: the shipped model again
            as(admin).post("/api/suggestions/model/{id}/activate", "shipped").then().statusCode(200)
                    .body("shippedActive", is(true));
        }
        as(admin).post("/api/suggestions/model/{id}/activate", 999_999_999).then().statusCode(404);
    }

    /** The probe article's suggested sentences by kind (absent: below the threshold). */
    private static Map<String, Float> scores(String user, long articleId) {
        JsonPath list = as(user).get("/api/articles/{id}/suggestions", articleId).then().extract().jsonPath();
        Map<String, Float> out = new java.util.HashMap<>();
        List<String> sentences = list.getList("sentence");
        List<Float> scores = list.getList("score", Float.class);
        for (int i = 0; i < sentences.size(); i++) {
            out.put(sentences.get(i).contains("budget") ? "budget" : "tax", scores.get(i));
        }
        return out;
    }

    private byte[] data(long modelId) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "select data from suggestion_model where id = ?1").setParameter(1, modelId).getSingleResult());
    }
}
