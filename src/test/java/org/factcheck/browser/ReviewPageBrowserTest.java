package org.factcheck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
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

/** The review flow in a real headless Chromium: log in, select a sentence or a span, create a claim, see it. */
@QuarkusTest
class ReviewPageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void checkerSelectsASentenceOfTheArabicSeedAndSeesTheClaimHighlighted() throws Exception {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long articleId = Fixtures.id(Fixtures.importSeed(editor));
        try (Browser browser = new Browser(base.toString())) {
            browser.login(checker, Fixtures.PASSWORD);
            browser.open("/articles/" + articleId);
            WebElement text = browser.driver.findElement(By.id("article-text"));
            assertEquals("rtl", text.getAttribute("dir"));
            assertEquals("ar", text.getAttribute("lang"));
            List<WebElement> sentences = text.findElements(By.cssSelector(".sentence"));
            assertEquals(28, sentences.size());
            browser.screenshot("review-ar-before");

            WebElement sentence = sentences.get(4);
            String sentenceId = sentence.getAttribute("data-id");
            sentence.click();
            assertEquals("true", sentence.getAttribute("aria-pressed"));
            assertEquals(sentence.getText(), browser.driver.findElement(By.id("quote-preview")).getText());
            browser.driver.findElement(By.id("claim-text")).sendKeys("49 Armenian soldiers were killed");
            browser.driver.findElement(By.id("claim-claimant")).sendKeys("Nikol Pashinyan");
            browser.driver.findElement(By.cssSelector("#claim-form button[type=submit]")).click();

            WebElement mark = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#s-" + sentenceId + " mark.claim")));
            assertTrue(mark.getAttribute("class").contains("verdict-unreviewed"));
            assertTrue(mark.getText().contains("49"));
            assertEquals(1, browser.driver.findElements(By.cssSelector(".claim-list .claim-item")).size());
            Files.exists(browser.screenshot("review-ar-claim"));
        }
    }

    @Test
    void keyboardAndSpanSelectionWorkOnAnEnglishArticle() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        Map<String, Object> article = Fixtures.importText(editor, "Minister defends budget figures",
                "Minister defends budget figures\n\nThe finance minister said on Monday that the budget grew by 4.5% "
                        + "in 2023. Economists at the central bank put the figure at 3.1%.\n\n"
                        + "\u201CWe kept every promise,\u201D she told reporters in Paris.");
        long articleId = Fixtures.id(article);
        String text = (String) article.get("text");
        String quoted = "the budget grew by 4.5%";
        int start = text.codePointCount(0, text.indexOf(quoted));
        try (Browser browser = new Browser(base.toString())) {
            browser.login(checker, Fixtures.PASSWORD);
            browser.open("/articles/" + articleId);
            assertEquals("ltr", browser.driver.findElement(By.id("article-text")).getAttribute("dir"));

            // select a span inside the second sentence with the DOM selection API, as a mouse drag would
            WebElement second = browser.driver.findElements(By.cssSelector(".sentence")).get(1);
            ((JavascriptExecutor) browser.driver).executeScript(
                    "const el = arguments[0], q = arguments[1]; const node = el.firstChild;"
                            + "const i = node.data.indexOf(q); const r = document.createRange();"
                            + "r.setStart(node, i); r.setEnd(node, i + q.length);"
                            + "const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                            + "el.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));", second, quoted);
            assertEquals(quoted, browser.driver.findElement(By.id("quote-preview")).getText());
            browser.driver.findElement(By.cssSelector("#claim-form button[type=submit]")).click();
            WebElement mark = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("mark.claim")));
            assertEquals(quoted, mark.getText());

            Map<String, Object> claim = Fixtures.as(checker).get("/api/articles/{id}/claims", articleId).then()
                    .extract().jsonPath().getMap("[0]");
            assertEquals(start, claim.get("start"));
            assertEquals(quoted, claim.get("quote"));

            // keyboard only: Tab to the third sentence, Enter selects it and moves focus to the claim field
            WebElement third = browser.driver.findElements(By.cssSelector(".sentence")).get(3);
            third.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertEquals("true", third.getAttribute("aria-pressed"));
            assertEquals("claim-text", browser.driver.switchTo().activeElement().getAttribute("id"));
            browser.screenshot("review-en-claim");
        }
    }
}
