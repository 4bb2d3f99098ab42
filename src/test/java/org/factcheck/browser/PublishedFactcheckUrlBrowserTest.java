package org.factcheck.browser;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 18: on the review page (Arabic interface) an editor sees that the published fact-check is not recorded,
 * records it with the form (CSRF token from the page), and the page then links to it; ClaimReview uses it.
 */
@QuarkusTest
class PublishedFactcheckUrlBrowserTest {

    static final String STORY = "https://outlet.example.com/2026/12/fact-check-browser";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void anEditorRecordsWhereTheFactCheckWasPublished() {
        String editor = fixtures.user("editor");
        long article = Fixtures.id(Fixtures.importText(editor, "Published " + System.nanoTime(),
                "قال الوزير إن الضرائب انخفضت بنسبة عشرة في المئة."));
        try (Browser browser = new Browser(base.toString(), "ar")) {
            browser.login(editor, Fixtures.PASSWORD);
            browser.open("/articles/" + article);
            WebElement missing = browser.driver.findElement(By.id("factcheck-url-missing"));
            assertTrue(missing.isDisplayed(), "the page says it is missing");
            assertTrue(missing.getText().contains("ClaimReview"), missing.getText());
            assertEquals("rtl", browser.driver.findElement(By.tagName("html")).getDomAttribute("dir"));
            WebElement input = browser.driver.findElement(By.id("factcheckUrl"));
            assertEquals("ltr", input.getDomAttribute("dir"), "an address is typed left to right");
            input.sendKeys(STORY);
            input.submit();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#factcheck-url a[href='" + STORY + "']")));
            assertTrue(browser.driver.findElements(By.id("factcheck-url-missing")).isEmpty(), "no longer missing");
            browser.screenshot("factcheck-url-recorded-ar");
        }
        as(editor).get("/api/articles/{id}", article).then().statusCode(200)
                .body("factcheckUrl", org.hamcrest.Matchers.equalTo(STORY));
    }
}
