package org.factcheck.review;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DeskMetricsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void dashboardShowsBacklogTimesVerdictsAndClosedClaimsAsCharts() {
        String editor = fixtures.user("editor");
        String otherEditor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        Map<String, Object> article = Fixtures.importText(editor, "Metrics", "First claim. Second claim.");
        long articleId = Fixtures.id(article);
        long approved = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", articleId).then().extract().jsonPath().getLong("id");
        long open = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 1)))
                .post("/api/articles/{id}/claims", articleId).then().extract().jsonPath().getLong("id");
        as(editor).body(Map.of("assignee", checker, "version", 0)).patch("/api/claims/{id}", open).then().statusCode(200);
        int version = as(checker).body(Map.of("verdict", "misleading", "rationale", "Context missing.", "version", 0))
                .patch("/api/claims/{id}", approved).then().extract().jsonPath().getInt("version");
        as(otherEditor).body(Map.of("version", version)).post("/api/claims/{id}/approve", approved).then()
                .statusCode(200);

        as(checker).get("/api/metrics/desk").then().statusCode(200)
                .body("approvedClaims", greaterThanOrEqualTo(1)).body("medianHoursToApproval", notNullValue())
                .body("verdicts.label", hasItem("misleading")).body("backlogByStatus.label", hasItem("open"))
                .body("backlogByPerson.label", hasItem("Test " + checker)).body("closedPerDay.size()",
                        org.hamcrest.Matchers.is(DeskMetrics.DAYS));
        String dashboard = as(checker).accept("text/html").get("/").then().statusCode(200).extract().asString();
        // every bar readable as text: its label as a row header, its value next to the meter
        assertTrue(dashboard.contains("<figcaption>Verdicts</figcaption>"), dashboard);
        assertTrue(dashboard.matches("(?s).*<th scope=\"row\" dir=\"auto\">Misleading</th>\\s*<td><meter class=\"bar\""
                + " min=\"0\" max=\"100\" value=\"\\d+\">\\d+%</meter></td>\\s*<td class=\"num\">\\d+</td>.*"));
        assertTrue(dashboard.contains("Time from claim to approved verdict"));
    }
}
