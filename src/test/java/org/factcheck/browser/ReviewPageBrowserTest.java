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
import org.openqa.selenium.interactions.Actions;
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

    /** Emoji before and inside the quotes, combining marks (U+0331, shadda) and a right-to-left mark (U+200F). */
    static final String MIXED = "Stadium report\n\n"
            + "Fans cheered. The owner 🎉 Ba\u0331sir 🏟️ said 40,000 people came.\n\n"
            + "قال الوزير 📢 إنّ الميزانية نمت بنسبة \u200F4.5% هذا العام. وأكّد الخبراء ذلك.";

    @Test
    void spansSelectedWithTheMouseAndWithoutItAreStoredInCodePoints() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long articleId = Fixtures.id(Fixtures.importText(editor, "Mixed scripts", MIXED));
        String claimQuote = "Ba\u0331sir 🏟️ said";
        String noteQuote = "إنّ الميزانية نمت بنسبة \u200F4.5%";
        try (Browser browser = new Browser(base.toString())) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            browser.login(checker, Fixtures.PASSWORD);
            browser.open("/articles/" + articleId);

            // a real mouse drag: press just inside the first character, release just inside the last one
            @SuppressWarnings("unchecked")
            List<Number> box = (List<Number>) js.executeScript(
                    "const q = arguments[0]; const walker = document.createTreeWalker("
                            + "document.getElementById('article-text'), NodeFilter.SHOW_TEXT); let node;"
                            + "while ((node = walker.nextNode()) && node.data.indexOf(q) < 0) {}"
                            + "node.parentElement.scrollIntoView({block: 'center'});"
                            + "const i = node.data.indexOf(q), r = document.createRange();"
                            + "r.setStart(node, i); r.setEnd(node, i + 1); const a = r.getBoundingClientRect();"
                            + "r.setStart(node, i + q.length - 1); r.setEnd(node, i + q.length);"
                            + "const b = r.getBoundingClientRect();"
                            + "return [a.left + 1, (a.top + a.bottom) / 2, b.right - 1, (b.top + b.bottom) / 2];",
                    claimQuote);
            new Actions(browser.driver).moveToLocation(box.get(0).intValue() + 1, box.get(1).intValue())
                    .clickAndHold().moveToLocation(box.get(2).intValue(), box.get(3).intValue()).release().perform();
            assertEquals(claimQuote, previewText(js));
            // sent along, so a text corrected meanwhile gets "select again" (the server compares it, code point
            // for code point, with the words at start–end: the claim below goes in only if they agree)
            assertEquals(claimQuote, js.executeScript(
                    "return document.getElementById('claim-form').elements.quote.value;"));
            browser.driver.findElement(By.id("claim-text")).sendKeys("The owner said so");
            browser.driver.findElement(By.cssSelector("#claim-form button[type=submit]")).click();
            WebElement mark = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("mark.claim")));
            assertEquals(claimQuote, mark.getAttribute("textContent"));
            Map<String, Object> claim = Fixtures.as(checker).get("/api/articles/{id}/claims", articleId).then()
                    .extract().jsonPath().getMap("[0]");
            int claimStart = MIXED.codePointCount(0, MIXED.indexOf(claimQuote));
            assertEquals(claimStart, claim.get("start"));
            assertEquals(claimStart + claimQuote.codePointCount(0, claimQuote.length()), claim.get("end"));
            assertEquals(claimQuote, claim.get("quote"));

            // without a mouse: a caret placed before the quote and extended character by character, as
            // Shift+Arrow does with caret browsing; the page picks the selection up by itself (selectionchange)
            js.executeScript("const q = arguments[0]; const walker = document.createTreeWalker("
                    + "document.getElementById('article-text'), NodeFilter.SHOW_TEXT); let node;"
                    + "while ((node = walker.nextNode()) && node.data.indexOf(q) < 0) {}"
                    + "const s = window.getSelection(); s.collapse(node, node.data.indexOf(q));"
                    + "for (let n = 0; n < 200 && s.toString().length < q.length; n++) {"
                    + "  s.modify('extend', 'forward', 'character'); }", noteQuote);
            browser.wait.until(d -> noteQuote.equals(previewText(js)));
            browser.driver.findElement(By.cssSelector("#compose details summary")).click();
            browser.driver.findElement(By.id("note-body")).sendKeys("Source: the ministry");
            browser.driver.findElement(By.cssSelector("#note-form button[type=submit]")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#note-list-card li[id]")));
            Map<String, Object> note = Fixtures.as(checker).get("/api/articles/{id}/annotations", articleId).then()
                    .extract().jsonPath().getMap("[0]");
            int noteStart = MIXED.codePointCount(0, MIXED.indexOf(noteQuote));
            assertEquals(noteStart, note.get("start"));
            assertEquals(noteStart + noteQuote.codePointCount(0, noteQuote.length()), note.get("end"));
            assertEquals(noteQuote, note.get("quote"));

            // a drag that runs on to the very start of the next sentence ends with its own sentence
            js.executeScript("const first = document.querySelectorAll('#article-text .sentence')[1];"
                    + "const node = first.firstChild, next = first.nextElementSibling;"
                    + "const r = document.createRange(); r.setStart(node, node.data.indexOf('cheered'));"
                    + "r.setEnd(next.firstChild, 0);"
                    + "const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);");
            browser.wait.until(d -> "cheered.".equals(previewText(js)));
            int cheered = MIXED.codePointCount(0, MIXED.indexOf("cheered."));
            assertEquals(String.valueOf(cheered), js.executeScript(
                    "return document.getElementById('claim-form').elements.start.value;"));
            assertEquals(String.valueOf(cheered + 8), js.executeScript(
                    "return document.getElementById('claim-form').elements.end.value;"));
            assertEquals("cheered.", js.executeScript(
                    "return document.getElementById('claim-form').elements.quote.value;"));
            browser.screenshot("review-mixed-span");
        }
    }

    private static String previewText(JavascriptExecutor js) {
        return (String) js.executeScript("return document.getElementById('quote-preview').textContent;");
    }
}
