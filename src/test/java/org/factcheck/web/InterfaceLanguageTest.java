package org.factcheck.web;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The interface language: the profile's choice, else Accept-Language, else English; articles keep their own. */
@QuarkusTest
class InterfaceLanguageTest {

    @Inject
    Fixtures fixtures;

    private static String page(String user, String path, String acceptLanguage) {
        var request = as(user).accept("text/html");
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void acceptLanguageArabicGivesAnArabicRightToLeftInterface() {
        String viewer = fixtures.user("viewer");
        String arabic = page(viewer, "/", "ar-EG,ar;q=0.9,en;q=0.5");
        assertTrue(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"), arabic);
        assertTrue(arabic.contains("لوحة المتابعة"), "the dashboard's heading is in Arabic");
        assertFalse(arabic.contains(">Dashboard<"));

        String english = page(viewer, "/", null);
        assertTrue(english.contains("<html lang=\"en\" dir=\"ltr\">"), english);
        assertTrue(english.contains("<h1>Dashboard</h1>"));
        assertTrue(page(viewer, "/", "fr-FR,en;q=0.8").contains("<html lang=\"en\" dir=\"ltr\">"));
    }

    @Test
    void theProfileChoiceWinsOverTheBrowser() {
        String viewer = fixtures.user("viewer");
        as(viewer).body(Map.of("locale", "en")).patch("/api/me").then().statusCode(200);
        String page = page(viewer, "/", "ar");
        assertTrue(page.contains("<html lang=\"en\" dir=\"ltr\">"), "English was chosen on the profile");
        assertTrue(page.contains("<h1>Dashboard</h1>"));

        as(viewer).body(Map.of("locale", "ar")).patch("/api/me").then().statusCode(200);
        assertTrue(page(viewer, "/profile", "en").contains("<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(page(viewer, "/profile", "en").contains("<option value=\"ar\" lang=\"ar\" dir=\"rtl\" selected>"));

        as(viewer).body(Map.of("locale", "auto")).patch("/api/me").then().statusCode(200);
        assertTrue(page(viewer, "/", "en").contains("<html lang=\"en\" dir=\"ltr\">"), "back to the browser's");
    }

    @Test
    void theProfileFormSavesTheLanguage() {
        String viewer = fixtures.user("viewer");
        // Basic authentication needs no CSRF token (web/CsrfFilter guards the session cookie)
        as(viewer).contentType("application/x-www-form-urlencoded").accept("text/html")
                .formParam("displayName", "Test " + viewer).formParam("locale", "ar")
                .redirects().follow(false).post("/profile").then().statusCode(303);
        assertTrue(page(viewer, "/", null).contains("<html lang=\"ar\" dir=\"rtl\">"));
    }

    @Test
    void onlyArabicEnglishOrAutomaticAreAccepted() {
        String viewer = fixtures.user("viewer");
        as(viewer).body(Map.of("locale", "xx")).patch("/api/me").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("locale"));
    }

    @Test
    void anArticleKeepsItsOwnLanguageAndDirectionInBothInterfaces() {
        String editor = fixtures.user("editor");
        long arabicArticle = Fixtures.id(Fixtures.importSeed(editor));
        long englishArticle = Fixtures.id(Fixtures.importText(editor, "Plain", "The minister said 12 bridges."));
        for (String lang : new String[] {"ar", "en"}) {
            String arabic = page(editor, "/articles/" + arabicArticle, lang);
            assertTrue(arabic.contains("<html lang=\"" + lang + "\""), lang);
            assertTrue(arabic.contains("id=\"article-text\" lang=\"ar\" dir=\"rtl\""), "Arabic article in " + lang);
            String english = page(editor, "/articles/" + englishArticle, lang);
            assertTrue(english.contains("id=\"article-text\" lang=\"en\" dir=\"ltr\""), "English article in " + lang);
        }
        String arabicUi = page(editor, "/articles/" + englishArticle, "ar");
        assertTrue(arabicUi.contains("مسودة") || arabicUi.contains("قيد المراجعة"), "the status label is translated");
    }

    @Test
    void errorPagesFollowTheInterfaceLanguageToo() {
        String viewer = fixtures.user("viewer");
        String page = as(viewer).accept("text/html").header("Accept-Language", "ar").get("/articles/999999999")
                .then().statusCode(404).extract().asString();
        assertTrue(page.contains("<html lang=\"ar\" dir=\"rtl\">"), page);
        assertTrue(page.contains("العودة إلى لوحة المتابعة"));
    }

    @Test
    void acceptLanguageParsing() {
        org.junit.jupiter.api.Assertions.assertEquals("ar", UiLocale.fromAcceptLanguage("ar"));
        org.junit.jupiter.api.Assertions.assertEquals("ar", UiLocale.fromAcceptLanguage("ar-SA;q=0.9"));
        org.junit.jupiter.api.Assertions.assertEquals("en", UiLocale.fromAcceptLanguage("de"));
        org.junit.jupiter.api.Assertions.assertEquals("en", UiLocale.fromAcceptLanguage("en-GB,ar;q=0.5"));
        org.junit.jupiter.api.Assertions.assertEquals("en", UiLocale.fromAcceptLanguage(";;garbage"));
        org.junit.jupiter.api.Assertions.assertEquals("en", UiLocale.fromAcceptLanguage(null));
    }
}
