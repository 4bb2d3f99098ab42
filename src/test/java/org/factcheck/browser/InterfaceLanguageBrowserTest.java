package org.factcheck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The Arabic interface mirrors (nav at the inline start = right), the English one does not; screenshots of both. */
@QuarkusTest
class InterfaceLanguageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void arabicFromTheBrowserMirrorsTheLayoutButTheArticleKeepsItsDirection() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long articleId = Fixtures.id(Fixtures.importSeed(editor));
        Map<String, Object> withClaim = Fixtures.importSeed(editor);
        long claimId = Fixtures.id(Fixtures.as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(withClaim, 0)))
                .post("/api/articles/{id}/claims", Fixtures.id(withClaim)).then().statusCode(201).extract()
                .jsonPath().getMap("$"));
        try (Browser browser = new Browser(base.toString(), "ar")) {
            browser.login(checker, Fixtures.PASSWORD);
            browser.open("/");
            WebElement html = browser.driver.findElement(By.tagName("html"));
            assertEquals("ar", html.getAttribute("lang"));
            assertEquals("rtl", html.getAttribute("dir"));
            WebElement brand = browser.driver.findElement(By.cssSelector(".brand"));
            assertTrue(brand.getRect().getX() > 700, "the brand sits on the right in RTL");
            browser.screenshot("i18n-dashboard-ar");

            browser.open("/articles/" + articleId);
            WebElement text = browser.driver.findElement(By.id("article-text"));
            assertEquals("rtl", text.getAttribute("dir"));
            browser.screenshot("i18n-review-ar");
            browser.open("/articles/" + Fixtures.id(withClaim) + "?claim=" + claimId);
            browser.screenshot("i18n-review-claims-ar");
        }
    }

    @Test
    void englishChosenOnTheProfileWinsOverAnArabicBrowser() {
        String editor = fixtures.user("editor");
        long articleId = Fixtures.id(Fixtures.importSeed(editor));
        Fixtures.as(editor).body(Map.of("locale", "en")).patch("/api/me").then().statusCode(200);
        try (Browser browser = new Browser(base.toString(), "ar")) {
            browser.login(editor, Fixtures.PASSWORD);
            browser.open("/");
            WebElement html = browser.driver.findElement(By.tagName("html"));
            assertEquals("en", html.getAttribute("lang"));
            assertEquals("ltr", html.getAttribute("dir"));
            assertTrue(browser.driver.findElement(By.cssSelector(".brand")).getRect().getX() < 200);
            browser.screenshot("i18n-dashboard-en");
            browser.open("/articles/" + articleId);
            assertEquals("rtl", browser.driver.findElement(By.id("article-text")).getAttribute("dir"));
            browser.screenshot("i18n-review-en");
        }
    }
}
