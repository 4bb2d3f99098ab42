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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Two people, two browsers: one proposes a verdict, the other sees the highlight change without reloading. */
@QuarkusTest
class LiveReviewBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void aVerdictProposedInOneBrowserRecoloursTheHighlightInTheOther() {
        String editor = fixtures.user("editor");
        String layla = fixtures.user("checker");
        String omar = fixtures.user("checker");
        Map<String, Object> article = Fixtures.importSeed(editor);
        long articleId = Fixtures.id(article);
        long claimId = as(layla).body(Map.of("sentenceId", Fixtures.sentenceId(article, 4)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath().getLong("id");

        try (Browser watching = new Browser(base.toString()); Browser working = new Browser(base.toString())) {
            watching.login(layla, Fixtures.PASSWORD);
            watching.open("/articles/" + articleId);
            String mark = "mark[data-claim='" + claimId + "']";
            assertTrue(watching.driver.findElement(By.cssSelector(mark)).getAttribute("class")
                    .contains("verdict-unreviewed"));
            ((JavascriptExecutor) watching.driver).executeScript("window.__notReloaded = true;");
            // the watcher has a sentence chosen: it stays chosen when the text is swapped for the new one
            String chosen = "s-" + Fixtures.sentenceId(article, 2);
            watching.driver.findElement(By.id(chosen)).click();
            assertEquals("true", watching.driver.findElement(By.id(chosen)).getAttribute("aria-pressed"));

            working.login(omar, Fixtures.PASSWORD);
            working.open("/articles/" + articleId + "?claim=" + claimId);
            // the watcher sees who else has the article open
            watching.wait.until(d -> d.findElement(By.id("presence")).isDisplayed());
            assertTrue(watching.driver.findElement(By.id("presence-names")).getText().contains("Test " + omar));

            new Select(working.driver.findElement(By.id("panel-verdict"))).selectByValue("false");
            working.driver.findElement(By.id("panel-rationale")).sendKeys("The ministry counts 105 dead.");
            working.driver.findElement(By.cssSelector("#panel-verdict-form button[type=submit]")).click();

            watching.wait.until(d -> d.findElement(By.cssSelector(mark)).getAttribute("class").contains("verdict-false"));
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) watching.driver).executeScript("return window.__notReloaded;"),
                    "the page was updated in place, not reloaded");
            assertTrue(watching.driver.findElement(By.id("counters")).getText().contains("1 proposed"));
            assertEquals(List.of(chosen), watching.driver.findElements(
                    By.cssSelector("#article-text .sentence[aria-pressed='true']")).stream()
                    .map(e -> e.getAttribute("id")).toList(), "the chosen sentence, and only it, is still chosen");
            assertEquals(chosen, watching.driver.switchTo().activeElement().getAttribute("id"),
                    "and keeps the focus it had");
            watching.screenshot("live-review-watcher");
        }
    }
}
