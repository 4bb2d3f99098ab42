package org.factcheck.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * axe-core on the main pages, in the English and in the Arabic interface, at desktop and at phone width: no
 * violation of impact serious or critical, and colour contrast checked on every page (docs/testing.md lists the
 * pages and rules). One browser per language keeps this to a few seconds.
 */
@QuarkusTest
class AccessibilityBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void mainPagesHaveNoSeriousOrCriticalViolationsInEnglishOrArabic() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        Map<String, Object> article = Fixtures.importSeed(editor);
        long articleId = Fixtures.id(article);
        // a claim with a proposed verdict and a piece of evidence, so the panel, badges and lists are all drawn
        Map<String, Object> claim = Fixtures.as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 1),
                "claimant", "نيكول باشينيان")).post("/api/articles/{id}/claims", articleId).then().statusCode(201)
                .extract().jsonPath().getMap("$");
        long claimId = Fixtures.id(claim);
        Fixtures.as(checker).body(Map.of("source", Map.of("url", base + "login", "title", "Login page"),
                "stance", "refutes", "excerpt", "مقتطف")).post("/api/claims/{id}/evidence", claimId).then()
                .statusCode(201);
        int version = Fixtures.as(checker).get("/api/claims/{id}", claimId).then().extract().path("version");
        Fixtures.as(checker).body(Map.of("verdict", "misleading", "rationale", "Numbers differ.", "version", version))
                .patch("/api/claims/{id}", claimId).then().statusCode(200);
        // a note, so the note list draws its reply form
        Fixtures.as(checker).body(Map.of("start", 0, "end", 5, "body", "من قال هذا؟", "motivation", "questioning"))
                .post("/api/articles/{id}/annotations", articleId).then().statusCode(201);

        Map<String, String> pages = MainPages.of(articleId, claimId);
        pages.put("two-factor", "/profile/two-factor");

        List<String> failures = new ArrayList<>();
        for (String lang : List.of("en", "ar")) {
            try (Browser browser = new Browser(base.toString(), lang)) {
                browser.open("/login");
                check(browser, lang, "login", failures);
                browser.viewport(390, 800);
                browser.open("/login");
                check(browser, lang, "phone-login", failures);
                browser.desktop();
                browser.login(editor, Fixtures.PASSWORD);
                pages.forEach((name, path) -> {
                    browser.open(path);
                    check(browser, lang, name, failures);
                });
                // the import form sent empty: the page again, with its field errors
                browser.open("/articles/new");
                browser.driver.findElement(By.cssSelector("form[action='/articles'] button[type=submit]")).click();
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
                check(browser, lang, "import-errors", failures);

                // a phone: the narrow layout, and the top bar's menu opened (Lighthouse's contrast failures were
                // links pushed out of the dark bar onto the light page)
                browser.viewport(390, 800);
                pages.forEach((name, path) -> {
                    browser.open(path);
                    check(browser, lang, "phone-" + name, failures);
                });
                browser.open("/");
                browser.driver.findElement(By.id("menu-button")).click();
                check(browser, lang, "phone-menu-open", failures);
                browser.desktop();
            }
        }
        assertTrue(failures.isEmpty(), "axe-core " + Axe.version() + " found serious or critical violations:\n"
                + String.join("\n", failures));
    }

    private static void check(Browser browser, String lang, String page, List<String> failures) {
        browser.screenshot("a11y-" + page + "-" + lang);
        Axe.Result result = Axe.run(browser.driver);
        if (!result.checked().contains("color-contrast")) {
            failures.add("[" + lang + "] " + page + " " + browser.driver.getCurrentUrl()
                    + ": axe checked no text for colour contrast" + (result.undecided().contains("color-contrast")
                            ? " (it could not decide)" : ""));
        }
        for (String violation : result.violations()) {
            String line = "[" + lang + "] " + page + " " + browser.driver.getCurrentUrl() + ": " + violation;
            if (violation.startsWith("serious ") || violation.startsWith("critical ")) {
                failures.add(line);
            } else {
                System.out.println("axe (not failing): " + line); // moderate and minor: reported, not enforced
            }
        }
    }
}
