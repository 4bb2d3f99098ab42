package org.factcheck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.Charset;

import jakarta.inject.Inject;

import org.factcheck.source.TestSite;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An editor pastes a story's address into the import form, sees what the page says about itself, corrects the
 * outlet, imports, and lands on the article, right to left, with the page as imported one click away.
 */
@QuarkusTest
class UrlImportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void pasteAnAddressCheckTheMetadataImportAndSeeTheArticle() throws Exception {
        String editor = fixtures.user("editor");
        String path = "/story-" + System.nanoTime();
        String html = new String(UrlImportBrowserTest.class.getResourceAsStream("/intake/news-ar.html")
                .readAllBytes(), "UTF-8").replaceAll("(rel=\"canonical\" href=\")[^\"]+", "$1https://news.example"
                        + path);
        try (TestSite site = new TestSite(); Browser browser = new Browser(base.toString())) {
            site.answer(path, new TestSite.PageAnswer(200, "text/html", html.getBytes(Charset.forName(
                    "windows-1256")), null, 0));
            browser.login(editor, Fixtures.PASSWORD);
            browser.open("/articles/new");
            WebElement first = browser.driver.findElement(By.cssSelector("main form input:not([type=hidden])"));
            assertEquals("story-url", first.getDomAttribute("id"), "the address is the form's first field");
            first.sendKeys(site.url(path));
            browser.driver.findElement(By.cssSelector("#url-form button[type=submit]")).click();

            WebElement title = browser.wait.until(d -> d.findElement(By.cssSelector("#import-form #title")));
            assertEquals("ارتفاع أسعار القمح في الأسواق المحلية", title.getDomProperty("value"));
            WebElement outlet = browser.driver.findElement(By.id("outlet"));
            assertEquals("صحيفة الوادي", outlet.getDomProperty("value"));
            assertEquals("سارة المصري", browser.driver.findElement(By.id("authors")).getDomProperty("value"));
            assertEquals("ar", browser.driver.findElement(By.id("language")).getDomProperty("value"));
            WebElement found = browser.driver.findElement(By.id("text-found"));
            assertEquals("rtl", found.getDomAttribute("dir"));
            assertTrue(found.getText().contains("وأضاف المتحدث باسم الوزارة"), found.getText());
            assertTrue(!found.getText().contains("التعليقات"), "no comments in the story");
            browser.screenshot("url-import-preview");
            assertEquals(java.util.List.of(), Axe.seriousViolations(browser.driver), "axe on the import form");

            outlet.clear();
            outlet.sendKeys("الوادي");
            browser.driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();

            browser.wait.until(d -> d.getCurrentUrl().matches(".*/articles/\\d+$"));
            String page = browser.driver.getPageSource();
            assertTrue(page.contains("ارتفاع أسعار القمح في الأسواق المحلية"), "the article's title is shown");
            assertTrue(page.contains("الوادي"), "the corrected outlet is shown");
            assertTrue(page.contains("قالت وزارة التموين"), "the story's text is on the review page");
            browser.screenshot("url-import-article");

            // "Check for changes now" on an unchanged page: no revision, the line says so
            String articleUrl = browser.driver.getCurrentUrl();
            browser.driver.findElement(By.id("check-now")).click();
            WebElement status = browser.wait.until(d -> d.findElement(By.id("watch-status")));
            assertEquals(articleUrl, browser.driver.getCurrentUrl());
            assertTrue(status.getDomAttribute("class").contains("watch-same"), status.getDomAttribute("class"));
            browser.driver.findElement(By.cssSelector("#imported-source a[href^='/import/original/']")).click();
            assertTrue(browser.wait.until(d -> d.findElement(By.id("original-page"))).getDomAttribute("href")
                    .endsWith("/page"));
        }
    }

    @Test
    void theSendToDeskBookmarkletOpensTheImportFormWithTheStoryFetched() throws Exception {
        String editor = fixtures.user("editor");
        String path = "/bookmarked-" + System.nanoTime();
        String html = new String(UrlImportBrowserTest.class.getResourceAsStream("/intake/news-fr.html")
                .readAllBytes(), "UTF-8");
        try (TestSite site = new TestSite(); Browser browser = new Browser(base.toString(), "ar")) {
            site.html(path, html);
            browser.login(editor, Fixtures.PASSWORD);
            browser.open("/profile");
            String bookmarklet = browser.driver.findElement(By.id("bookmarklet")).getDomAttribute("href");
            assertTrue(bookmarklet.startsWith("javascript:"), bookmarklet);

            // what a click on the bookmark does on the news page
            browser.driver.get(site.url(path));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(bookmarklet
                    .substring("javascript:".length()).replace("http://localhost:8080", base.toString().replaceAll("/$", "")));

            WebElement title = browser.wait.until(d -> d.findElement(By.cssSelector("#import-form #title")));
            assertTrue(browser.driver.getCurrentUrl().contains("/import?url="), browser.driver.getCurrentUrl());
            assertEquals("Le prix du pain augmente de 8 % en un an", title.getDomProperty("value"));
            assertEquals(site.url(path), browser.driver.findElement(By.id("url")).getDomProperty("value"));
            // an Arabic interface around a French story: the page mirrors, the story keeps its own direction
            assertEquals("rtl", browser.driver.findElement(By.tagName("html")).getDomAttribute("dir"));
            assertEquals("ltr", browser.driver.findElement(By.id("text-found")).getDomAttribute("dir"));
            browser.screenshot("url-import-preview-ar");
            assertEquals(java.util.List.of(), Axe.seriousViolations(browser.driver), "axe on the Arabic form");
        }
    }
}
