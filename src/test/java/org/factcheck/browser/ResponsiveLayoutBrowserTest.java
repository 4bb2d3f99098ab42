package org.factcheck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Phone and tablet widths (docs/testing.md): no main page is wider than the window in either interface language,
 * the top bar folds into a menu button that works by touch and keyboard (and stays unfolded without script), and
 * the review page's claim flow works by touch on a phone. Screenshots: target/screenshots/responsive-*.png.
 */
@QuarkusTest
class ResponsiveLayoutBrowserTest {

    static final Path SCREENSHOTS = Browser.SCREENSHOTS;
    /** Small and large phones, and a tablet held upright. */
    static final List<Integer> WIDTHS = List.of(360, 390, 430, 768);

    /** What sticks out of the window: the page's own scroll width, and the elements past either edge. */
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            const out = [];
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && (r.right > width + 1 || r.left < -1) && !e.closest('.visually-hidden, .skip-link')) {
                let inside = e.parentElement, clipped = false;
                for (; inside && inside !== document.body; inside = inside.parentElement) {
                  const o = getComputedStyle(inside).overflowX;
                  if (o === 'auto' || o === 'scroll' || o === 'hidden') { clipped = true; break; }
                }
                if (!clipped) {
                  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']');
                }
              }
            }
            return {scroll: document.documentElement.scrollWidth, width: width, out: out.slice(0, 6)};
            """;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void noMainPageIsWiderThanAPhoneOrTabletInEnglishOrArabic() {
        String admin = fixtures.user("admin"); // the longest top bar: Users and Login audit too
        String checker = fixtures.user("checker");
        Map<String, Object> article = Fixtures.importSeed(admin);
        long articleId = Fixtures.id(article);
        long claimId = claimWithEvidence(checker, article);
        int sourceId = Fixtures.as(checker).get("/api/claims/{id}", claimId).then().extract()
                .path("evidence[0].source.id");

        Map<String, String> pages = MainPages.of(articleId, claimId);
        pages.put("revisions", "/articles/" + articleId + "/revisions");
        pages.put("correct-text", "/articles/" + articleId + "/text");
        pages.put("source", "/sources/" + sourceId);
        pages.put("users", "/users");
        pages.put("login-audit", "/audit/logins");

        List<String> failures = new ArrayList<>();
        for (String lang : List.of("en", "ar")) {
            try (Browser browser = new Browser(base.toString(), lang)) {
                for (int width : WIDTHS) {
                    browser.viewport(width, width < 700 ? 800 : 1024);
                    browser.open("/login");
                    fits(browser, lang, width, "login", failures);
                }
                browser.login(admin, Fixtures.PASSWORD);
                for (int width : WIDTHS) {
                    browser.viewport(width, width < 700 ? 800 : 1024);
                    for (Map.Entry<String, String> page : pages.entrySet()) {
                        browser.open(page.getValue());
                        fits(browser, lang, width, page.getKey(), failures);
                    }
                    // the top bar opened: everything in it fits too
                    if (width < 700) {
                        browser.open("/");
                        browser.driver.findElement(By.id("menu-button")).click();
                        fits(browser, lang, width, "menu-open", failures);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), "pages wider than the window:\n" + String.join("\n", failures));
    }

    @Test
    void theTopBarFoldsIntoAMenuButtonOnAPhoneAndStaysOpenOnADesktop() {
        String editor = fixtures.user("editor");
        try (Browser browser = new Browser(base.toString(), "ar")) {
            browser.login(editor, Fixtures.PASSWORD);
            WebElement button = browser.driver.findElement(By.id("menu-button"));
            WebElement articles = browser.driver.findElement(By.cssSelector(".topbar nav a[href='/articles']"));
            assertFalse(button.isDisplayed(), "no menu button on a desktop");
            assertTrue(articles.isDisplayed(), "the links are in the bar on a desktop");

            browser.viewport(390, 800);
            browser.open("/");
            button = browser.driver.findElement(By.id("menu-button"));
            articles = browser.driver.findElement(By.cssSelector(".topbar nav a[href='/articles']"));
            assertTrue(button.isDisplayed(), "a menu button on a phone");
            assertEquals("false", button.getDomAttribute("aria-expanded"));
            assertEquals("topbar-menu", button.getDomAttribute("aria-controls"));
            assertFalse(articles.isDisplayed(), "the links are folded away");
            assertFalse(button.getAccessibleName().isBlank(), "the button has a name");

            button.click(); // a tap
            assertEquals("true", button.getDomAttribute("aria-expanded"));
            assertTrue(articles.isDisplayed());
            WebElement search = browser.driver.findElement(By.cssSelector(".nav-search input[name=q]"));
            WebElement logout = browser.driver.findElement(By.cssSelector(".who button[type=submit]"));
            assertTrue(search.isDisplayed() && logout.isDisplayed(), "search and Log out are in the menu");
            browser.screenshot(SCREENSHOTS, "responsive-menu-open-ar");

            // keyboard: Escape folds it and gives focus back to the button; Enter opens it again
            articles.sendKeys(Keys.ESCAPE);
            assertEquals("false", button.getDomAttribute("aria-expanded"));
            assertEquals("menu-button", browser.driver.switchTo().activeElement().getDomAttribute("id"));
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            assertEquals("true", button.getDomAttribute("aria-expanded"));
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            assertEquals("/", browser.driver.switchTo().activeElement().getDomAttribute("href"),
                    "Tab goes from the button into the menu");

            articles.click();
            browser.wait.until(ExpectedConditions.urlContains("/articles"));
            assertEquals("false", browser.driver.findElement(By.id("menu-button")).getDomAttribute("aria-expanded"),
                    "a new page starts with the menu folded");
        }
    }

    @Test
    void withoutScriptThePhoneTopBarStaysUnfolded() {
        String editor = fixtures.user("editor");
        try (Browser browser = new Browser(base.toString(), "en")) {
            browser.login(editor, Fixtures.PASSWORD);
            // as a browser with scripts off: the parser then reads <noscript>, so noscript.css applies
            ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setScriptExecutionDisabled",
                    Map.of("value", true));
            browser.viewport(390, 800);
            browser.open("/");
            assertFalse(browser.driver.findElement(By.id("menu-button")).isDisplayed(),
                    "no button that could not open anything");
            assertTrue(browser.driver.findElement(By.cssSelector(".topbar nav a[href='/articles']")).isDisplayed());
            assertTrue(browser.driver.findElement(By.cssSelector(".who button[type=submit]")).isDisplayed());
            browser.screenshot(SCREENSHOTS, "responsive-390-no-script-en");
            List<String> failures = new ArrayList<>();
            fits(browser, "en", 390, "no-script", failures);
            assertEquals(List.of(), failures);
        }
    }

    @Test
    void onAPhoneASentenceIsTappedMadeAClaimOfAndTheClaimOpened() {
        String checker = fixtures.user("checker");
        String editor = fixtures.user("editor");
        long articleId = Fixtures.id(Fixtures.importSeed(editor));
        try (Browser browser = new Browser(base.toString(), "ar")) {
            browser.login(checker, Fixtures.PASSWORD);
            browser.viewport(390, 800);
            browser.open("/articles/" + articleId);
            WebElement sentence = browser.driver.findElements(By.cssSelector("#article-text .sentence")).get(2);
            String sentenceId = sentence.getDomAttribute("data-id");
            sentence.click();
            assertEquals("true", sentence.getDomAttribute("aria-pressed"));
            WebElement compose = browser.driver.findElement(By.id("compose"));
            browser.wait.until(d -> inView(browser, compose));
            assertEquals(sentence.getText(), browser.driver.findElement(By.id("quote-preview")).getText(),
                    "the chosen sentence is shown where the claim is written");
            browser.screenshot(SCREENSHOTS, "responsive-review-chosen-ar");

            browser.driver.findElement(By.id("claim-text")).sendKeys("49 soldiers killed");
            browser.driver.findElement(By.id("claim-claimant")).sendKeys("Armenian defence ministry");
            browser.driver.findElement(By.cssSelector("#claim-form button[type=submit]")).click();
            WebElement mark = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#s-" + sentenceId + " mark.claim")));
            String claimId = mark.getDomAttribute("data-claim");

            // open it from the claim list, then from its highlight in the text
            WebElement listed = browser.driver.findElement(By.cssSelector("#claim-list-card a[href*='claim=" + claimId
                    + "']"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    listed);
            listed.click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("panel-verdict")));
            browser.screenshot(SCREENSHOTS, "responsive-review-panel-ar");
            browser.open("/articles/" + articleId);
            WebElement highlight = browser.driver.findElement(By.cssSelector("mark.claim[data-claim='" + claimId
                    + "']"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    highlight);
            highlight.click();
            browser.wait.until(ExpectedConditions.urlContains("claim=" + claimId));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("panel-verdict")));
            Map<?, ?> overflow = (Map<?, ?>) ((JavascriptExecutor) browser.driver).executeScript(OVERFLOW);
            assertTrue(((Number) overflow.get("scroll")).intValue() <= ((Number) overflow.get("width")).intValue(),
                    "the review page with a claim open fits: " + overflow);
        }
    }

    private static boolean inView(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight / 2;",
                element));
    }

    private static long claimWithEvidence(String checker, Map<String, Object> article) {
        long claimId = Fixtures.id(Fixtures.as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 1),
                "claimant", "نيكول باشينيان", "text", "A claim restated at some length so that it has to wrap on a"
                        + " phone: https://example.org/a-very-long-address-without-any-spaces-in-it-at-all"))
                .post("/api/articles/{id}/claims", Fixtures.id(article)).then().statusCode(201).extract().jsonPath()
                .getMap("$"));
        Fixtures.as(checker).body(Map.of("source", Map.of("url", "https://example.org/"
                + "a-source-with-a-long-path/that-does-not-break/anywhere-at-all-because-it-has-no-spaces.html",
                "title", "Ministry statement"), "stance", "refutes", "excerpt", "مقتطف"))
                .post("/api/claims/{id}/evidence", claimId).then().statusCode(201);
        int version = Fixtures.as(checker).get("/api/claims/{id}", claimId).then().extract().path("version");
        Fixtures.as(checker).body(Map.of("verdict", "misleading", "rationale", "Numbers differ.", "version", version))
                .patch("/api/claims/{id}", claimId).then().statusCode(200);
        return claimId;
    }

    private static void fits(Browser browser, String lang, int width, String page, List<String> failures) {
        browser.screenshot(SCREENSHOTS, "responsive-" + width + "-" + page + "-" + lang);
        Map<?, ?> result = (Map<?, ?>) ((JavascriptExecutor) browser.driver).executeScript(OVERFLOW);
        int scroll = ((Number) result.get("scroll")).intValue();
        int window = ((Number) result.get("width")).intValue();
        if (window != width) {
            failures.add("[" + lang + "] " + width + " px " + page + ": the window is " + window + " px wide");
        } else if (scroll > window || !((List<?>) result.get("out")).isEmpty()) {
            failures.add("[" + lang + "] " + width + " px " + page + " " + browser.driver.getCurrentUrl() + ": "
                    + scroll + " px wide; past the edge: " + result.get("out"));
        }
    }
}
