package org.factcheck.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.factcheck.browser.Browser;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** docs/suggestions.md: the seed article's suggestions are marked and listed; a key accepts one; the claim shows. */
@QuarkusTest
class SuggestionBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void aCheckerSeesTheSuggestionsAndAcceptsOneWithTheKeyboard() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long articleId = Fixtures.id(Fixtures.importSeed(editor));
        List<Integer> suggested = Fixtures.as(checker).get("/api/articles/{id}/suggestions", articleId).then()
                .statusCode(200).extract().jsonPath().getList("sentenceId");
        assertTrue(suggested.size() >= 3, "the seed article has suggestions: " + suggested);
        try (Browser browser = new Browser(base.toString())) {
            browser.login(checker, Fixtures.PASSWORD);
            browser.open("/articles/" + articleId);
            WebElement title = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("suggestions-title")));
            assertEquals("Suggested claims (" + suggested.size() + ")", title.getText());
            // every suggested sentence is marked with a text label, not colour alone
            List<WebElement> marked = browser.wait.until(d -> {
                List<WebElement> m = d.findElements(By.cssSelector(".sentence[data-suggested]"));
                return m.size() == suggested.size() ? m : null;
            });
            String label = (String) ((JavascriptExecutor) browser.driver).executeScript(
                    "return getComputedStyle(arguments[0], '::before').content;", marked.get(0));
            assertEquals("\"Suggested\"", label);
            browser.screenshot("suggestions-01-panel");

            // someone else dismisses the last one: the panel and the marks follow without a reload
            List<Integer> ids = Fixtures.as(checker).get("/api/articles/{id}/suggestions", articleId).then()
                    .extract().jsonPath().getList("id");
            int last = suggested.get(suggested.size() - 1);
            Fixtures.as(fixtures.user("checker")).post("/api/suggestions/{id}/dismiss", ids.get(ids.size() - 1))
                    .then().statusCode(200);
            browser.wait.until(ExpectedConditions.textToBe(By.id("suggestions-title"),
                    "Suggested claims (" + (suggested.size() - 1) + ")"));
            browser.wait.until(d -> d.findElements(By.cssSelector("#s-" + last + "[data-suggested]")).isEmpty());

            // the best suggestion: focus it from the panel with Tab, accept it with "a"
            long best = suggested.get(0);
            WebElement first = browser.driver.findElement(By.cssSelector("#suggestions li[data-suggestion]"));
            assertEquals(String.valueOf(best), first.getAttribute("data-sentence"));
            WebElement link = first.findElement(By.tagName("a"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus()", link);
            new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertEquals(first.getAttribute("id"), browser.driver.switchTo().activeElement().getAttribute("id"),
                    "the suggestion itself takes the focus");
            new Actions(browser.driver).sendKeys("a").perform();

            WebElement claim = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#s-" + best + " mark.claim")));
            browser.screenshot("suggestions-02-accepted");
            String claimId = claim.getAttribute("data-claim");
            Fixtures.as(checker).get("/api/claims/{id}", claimId).then().statusCode(200);
            assertEquals(suggested.size() - 2, browser.driver.findElements(
                    By.cssSelector("#suggestions li[data-suggestion]")).size(), "accepted: no longer suggested");
            assertTrue(browser.driver.findElements(By.cssSelector("#s-" + best + "[data-suggested]")).isEmpty());
        }
    }

    @Test
    void anAdminRetrainsOnThePageAndChoosesTheModel() {
        String checker = fixtures.user("checker");
        String admin = fixtures.user("admin");
        long articleId = Fixtures.id(Fixtures.importSeed(fixtures.user("editor")));
        List<Integer> ids = Fixtures.as(checker).get("/api/articles/{id}/suggestions", articleId).then().extract()
                .jsonPath().getList("id");
        Fixtures.as(checker).post("/api/suggestions/{id}/accept", ids.get(0)).then().statusCode(200);
        Fixtures.as(checker).post("/api/suggestions/{id}/dismiss", ids.get(1)).then().statusCode(200);
        try (Browser browser = new Browser(base.toString())) {
            browser.login(admin, Fixtures.PASSWORD);
            browser.open("/suggestions/model");
            browser.driver.findElement(By.cssSelector("form[action='/suggestions/model/retrain'] button")).click();
            WebElement candidate = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("candidate")));
            assertTrue(candidate.getText().contains("desk examples"), candidate.getText());
            assertTrue(browser.driver.findElement(By.id("current-f1")).isDisplayed());
            browser.screenshot("suggestions-03-retrained");
            browser.driver.findElements(By.cssSelector("#models form[action$='/activate'] button")).stream()
                    .filter(b -> !b.findElement(By.xpath("./ancestor::form")).getDomAttribute("action")
                            .contains("shipped")).findFirst().orElseThrow().click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("models"), "In use"));
            assertTrue(browser.driver.findElements(
                    By.cssSelector("form[action='/suggestions/model/shipped/activate']")).size() == 1,
                    "the shipped model can be chosen again");
        } finally {
            // other tests share this database: the shipped model again
            Fixtures.as(admin).post("/api/suggestions/model/{id}/activate", "shipped").then().statusCode(200);
        }
    }
}
