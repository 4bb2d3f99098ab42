package org.factcheck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.inject.Inject;

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

/**
 * The review flow with the keyboard alone (no clicks): log in, Tab to a sentence, Enter makes a claim of it, the
 * claim list opens the claim, the panel proposes a verdict. Every stop shows a visible focus indicator.
 */
@QuarkusTest
class KeyboardOnlyReviewBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    private Browser browser;

    private WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element matches, as a keyboard user would; at most {@code max} presses. */
    private WebElement tabTo(String what, Predicate<WebElement> wanted, int max) {
        for (int i = 0; i < max; i++) {
            keys(Keys.TAB);
            WebElement focused = active();
            if (wanted.test(focused)) {
                assertFocusVisible(focused, what);
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + what + " in " + max + " presses");
    }

    private void assertFocusVisible(WebElement element, String what) {
        String outline = (String) ((JavascriptExecutor) browser.driver).executeScript(
                "const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", element);
        assertTrue(!outline.startsWith("none") && !outline.endsWith(" 0px"), what + " shows no focus: " + outline);
    }

    @Test
    void aCheckerMakesAClaimOpensItAndProposesAVerdictWithTheKeyboardAlone() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long articleId = Fixtures.id(Fixtures.importSeed(editor));
        try (Browser b = new Browser(base.toString())) {
            browser = b;
            browser.open("/login");
            assertEquals("j_username", active().getAttribute("id"), "the login form focuses the user name");
            keys(checker, Keys.TAB, Fixtures.PASSWORD, Keys.ENTER);
            browser.wait.until(d -> !d.getCurrentUrl().contains("/login"));

            browser.open("/articles/" + articleId);
            WebElement first = tabTo("the first sentence", e -> e.getAttribute("class").contains("sentence"), 60);
            assertEquals("button", first.getAttribute("role"));
            keys(Keys.TAB, Keys.TAB);
            WebElement sentence = active();
            String sentenceId = sentence.getAttribute("data-id");
            assertNotEquals(null, sentenceId, "Tab moves from sentence to sentence");
            keys(Keys.ENTER);
            assertEquals("true", sentence.getAttribute("aria-pressed"));
            assertEquals("claim-text", active().getAttribute("id"), "Enter on a sentence goes to the claim field");
            keys("Ceasefire brokered by Russia", Keys.TAB, "Russian foreign ministry");
            tabTo("Create claim", e -> "submit".equals(e.getAttribute("type"))
                    && e.findElement(By.xpath("./ancestor::form")).getAttribute("id").equals("claim-form"), 5);
            browser.screenshot(EndToEndFlowTest.SCREENSHOTS, "kb-01-claim-form");
            keys(Keys.ENTER);
            WebElement mark = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#s-" + sentenceId + " mark.claim")));
            String claimId = mark.getAttribute("data-claim");

            // open the claim from the claim list: the sentence (the fragment target) is where Tab starts from
            tabTo("the claim in the list", e -> ("/articles/" + articleId + "?claim=" + claimId + "#claim-panel")
                    .equals(e.getDomAttribute("href")), 120);
            keys(Keys.ENTER);
            browser.wait.until(ExpectedConditions.urlContains("#claim-panel"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("panel-verdict")));

            WebElement verdict = tabTo("the verdict", e -> "panel-verdict".equals(e.getAttribute("id")), 80);
            for (int i = 0; i < 6 && !"misleading".equals(verdict.getDomProperty("value")); i++) {
                keys(Keys.ARROW_DOWN);
            }
            assertEquals("misleading", verdict.getDomProperty("value"), "arrow keys choose the verdict");
            keys(Keys.TAB);
            assertEquals("panel-rationale", active().getAttribute("id"));
            keys("The ministry statement says otherwise.");
            tabTo("Save verdict", e -> "submit".equals(e.getAttribute("type")), 3);
            browser.screenshot(EndToEndFlowTest.SCREENSHOTS, "kb-02-verdict");
            keys(Keys.ENTER);
            browser.wait.until(ExpectedConditions.attributeContains(By.id("claim-status"), "class",
                    "status-proposed"));
            browser.screenshot(EndToEndFlowTest.SCREENSHOTS, "kb-03-proposed");

            Map<String, Object> claim = Fixtures.as(checker).get("/api/claims/{id}", claimId).then().statusCode(200)
                    .extract().jsonPath().getMap("$");
            assertEquals("misleading", claim.get("verdict"));
            assertEquals("proposed", claim.get("status"));
            assertEquals("The ministry statement says otherwise.", claim.get("rationale"));
            assertEquals("Ceasefire brokered by Russia", claim.get("text"));
        }
    }
}
