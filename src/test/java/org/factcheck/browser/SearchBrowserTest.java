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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A viewer with an Arabic interface types a bare word into the search box of the top bar and finds the article
 * that writes it with diacritics: the snippet shows the article's spelling, highlighted, right to left.
 */
@QuarkusTest
class SearchBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void arabicSearchFromTheTopBarHighlightsTheVowelledWord() {
        String editor = fixtures.user("editor");
        String viewer = fixtures.user("viewer");
        String title = "اجتماع المجلس البلدي " + System.nanoTime();
        long id = as(editor).body(Map.of("title", title, "language", "ar", "text",
                "عقد المجلسُ البلديُّ اجتماعَهُ الطارئَ في القاعة الكبرى.\nوناقش الأعضاءُ ميزانيةَ المدينةِ للعام المقبل."))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");

        try (Browser browser = new Browser(base.toString(), "ar")) {
            browser.login(viewer, Fixtures.PASSWORD);
            WebElement box = browser.driver.findElement(By.cssSelector("header .nav-search input[name=q]"));
            box.sendKeys("ميزانية المدينة اجتماعه");
            box.sendKeys(Keys.ENTER);
            browser.wait.until(d -> d.getCurrentUrl().contains("/search?"));
            assertEquals("rtl", browser.driver.findElement(By.tagName("html")).getDomAttribute("dir"));
            List<WebElement> hits = browser.driver.findElements(By.cssSelector("#search-results .search-hit"));
            WebElement hit = hits.stream().filter(h -> h.findElement(By.cssSelector(".search-head a"))
                    .getDomAttribute("href").equals("/articles/" + id)).findFirst()
                    .orElseThrow(() -> new AssertionError("the article is among the results"));
            WebElement snippet = hit.findElement(By.cssSelector(".snippet"));
            assertEquals("ar", snippet.getDomAttribute("lang"));
            assertEquals("rtl", snippet.getDomAttribute("dir"));
            List<String> marked = snippet.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
            assertTrue(marked.contains("ميزانيةَ"), "the vowelled spelling is highlighted: " + marked);
            assertTrue(marked.contains("المدينةِ"), "marked: " + marked);
            assertTrue(marked.contains("اجتماعَهُ"), "marked: " + marked);
            assertEquals("rgba(255, 229, 138, 1)", snippet.findElement(By.tagName("mark")).getCssValue("background-color"));
            browser.screenshot("search-ar");
        }
    }
}
