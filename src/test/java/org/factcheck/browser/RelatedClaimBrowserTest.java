package org.factcheck.browser;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A checker opens a claim and finds the verdict the desk already approved for the same claim elsewhere. */
@QuarkusTest
class RelatedClaimBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void claimPageShowsTheApprovedVerdictOfTheSameClaimInAnotherArticle() {
        String editor = fixtures.user("editor");
        String otherEditor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long earlier = claimOn(editor, checker, "أعلنت أرمينيا مقتل 49 من جنودها في الاشتباكات الحدودية.");
        int version = as(checker).body(Map.of("verdict", "verified", "rationale", "Confirmed by the ministry.",
                "version", 0)).patch("/api/claims/{id}", earlier).then().statusCode(200).extract().jsonPath()
                .getInt("version");
        as(otherEditor).body(Map.of("version", version)).post("/api/claims/{id}/approve", earlier).then()
                .statusCode(200);
        long later = claimOn(editor, checker, "أرمينيا تعلن مقتل 49 من جنودها في الاشتباكات على الحدود.");

        try (Browser browser = new Browser(base.toString())) {
            browser.login(checker, Fixtures.PASSWORD);
            browser.open("/claims/" + later);
            List<WebElement> related = browser.driver.findElements(By.cssSelector("#related .related-item"));
            assertTrue(!related.isEmpty(), "related claims are listed");
            WebElement first = related.get(0);
            assertEquals("/claims/" + earlier, first.findElement(By.tagName("a")).getDomAttribute("href"));
            assertTrue(first.findElement(By.cssSelector(".badge")).getAttribute("class").contains("verdict-verified"));
            assertEquals("approved", first.findElement(By.cssSelector(".status")).getText());
            browser.screenshot("claim-related-ar");
        }
    }

    private static long claimOn(String editor, String checker, String sentence) {
        Map<String, Object> article = Fixtures.importText(editor, "Related " + System.nanoTime(), sentence);
        return as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", Fixtures.id(article)).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }
}
