package org.factcheck.browser;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** docs/text-revisions.md in Chromium: splitting at the caret from the review page; re-attaching an orphan. */
@QuarkusTest
class TextRevisionBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    /** Puts a caret (collapsed) or a selection on {@code quote} inside a sentence, as a click or drag would. */
    static void select(Browser browser, WebElement sentence, String quote, boolean caretOnly) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "const el = arguments[0], q = arguments[1]; const node = el.firstChild;"
                        + "const i = node.data.indexOf(q); const r = document.createRange();"
                        + "r.setStart(node, i); r.setEnd(node, arguments[2] ? i : i + q.length);"
                        + "const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                        + "el.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));", sentence, quote, caretOnly);
    }

    @Test
    void editorSplitsASentenceAtTheCaret() {
        String editor = fixtures.user("editor");
        // ICU does not break after "؛": one long sentence the editor cuts by hand
        String text = "🎉 ارتفعت الأسعار بنسبة ٥٪؛ وقال الوزير إن الواردات هي السبب. ورفضت المعارضة ذلك.";
        long id = Fixtures.id(Fixtures.importText(editor, "تقسيم", text));
        int at = text.codePointCount(0, text.indexOf("وقال"));
        try (Browser browser = new Browser(base.toString())) {
            browser.login(editor, Fixtures.PASSWORD);
            browser.open("/articles/" + id);
            List<WebElement> sentences = browser.driver.findElements(By.cssSelector("#article-text .sentence"));
            assertEquals(2, sentences.size());
            select(browser, sentences.get(0), "وقال", true);
            assertEquals("1", browser.driver.findElement(By.id("seg-sentence")).getAttribute("value"));
            assertEquals(String.valueOf(at), browser.driver.findElement(By.id("seg-at")).getAttribute("value"));
            browser.driver.findElement(By.id("seg-split")).click();
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#article-text .sentence"), 3));
            browser.screenshot("text-split");
        }
        JsonPath article = Fixtures.as(editor).get("/api/articles/{id}", id).then().extract().jsonPath();
        assertEquals("وقال الوزير إن الواردات هي السبب.", article.getString("sentences[1].text"));
        assertEquals(at, article.getInt("sentences[1].start"));
    }

    @Test
    void checkerReattachesAnOrphanedClaimToASelectionAndDismissesAnOrphanedNote() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String old = "The mayor promised 300 new homes. The council approved the budget.";
        long id = Fixtures.id(Fixtures.importText(editor, "Orphans", old));
        int promised = old.indexOf("promised 300 new homes");
        long claim = Fixtures.as(checker).body(Map.of("start", promised, "end", promised + 22))
                .post("/api/articles/{id}/claims", id).then().statusCode(201).extract().jsonPath().getLong("id");
        long note = Fixtures.as(checker).body(Map.of("start", promised, "end", promised + 12, "body", "Check"))
                .post("/api/articles/{id}/annotations", id).then().statusCode(201).extract().jsonPath().getLong("id");
        String text = "The mayor pledged some homes. The council approved the budget.";
        Fixtures.as(editor).body(Map.of("text", text, "version", 0)).put("/api/articles/{id}/text", id).then()
                .statusCode(200).body("orphaned", org.hamcrest.Matchers.is(2));
        try (Browser browser = new Browser(base.toString())) {
            browser.login(checker, Fixtures.PASSWORD);
            browser.open("/articles/" + id);
            WebElement orphans = browser.driver.findElement(By.id("orphans"));
            assertTrue(orphans.getText().contains("promised 300 new homes"), orphans.getText());
            WebElement first = browser.driver.findElements(By.cssSelector("#article-text .sentence")).get(0);
            select(browser, first, "pledged some homes", false);
            int start = text.indexOf("pledged some homes");
            assertEquals(String.valueOf(start),
                    browser.driver.findElement(By.id("oc-start-" + claim)).getAttribute("value"));
            browser.screenshot("text-orphans");
            browser.driver.findElement(By.cssSelector("#orphan-claim-" + claim + " .reattach-form button")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.claim")));
            assertEquals("pledged some homes", browser.driver.findElement(By.cssSelector("mark.claim")).getText());
            browser.driver.findElement(By.cssSelector("#orphan-note-" + note + " form.inline button")).click();
            browser.wait.until(d -> d.findElements(By.id("orphans")).isEmpty());
        }
        Fixtures.as(checker).get("/api/claims/{id}", claim).then().body("orphaned", org.hamcrest.Matchers.is(false))
                .body("quote", org.hamcrest.Matchers.is("pledged some homes"));
        Fixtures.as(checker).get("/api/articles/{id}/annotations", id).then()
                .body("size()", org.hamcrest.Matchers.is(0));
    }
}
