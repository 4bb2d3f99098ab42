package org.factcheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Real form login, the session cookie on the API, CSRF on cookie-authenticated writes, page access by role. */
@QuarkusTest
class BrowserSecurityTest {

    @Inject
    Fixtures fixtures;

    @Test
    void formLoginGivesASessionCookieThatWorksOnTheApi() {
        String checker = fixtures.user("checker");
        String session = login(checker);
        given().cookie("quarkus-credential", session).get("/api/me").then().statusCode(200)
                .body("username", is(checker)).body("roles", org.hamcrest.Matchers.hasItem("checker"));
        given().redirects().follow(false).formParam("j_username", checker).formParam("j_password", "wrong-password")
                .post("/j_security_check").then().statusCode(org.hamcrest.Matchers.oneOf(302, 303))
                .header("Location", containsString("/login/failed"));
    }

    @Test
    void cookieAuthenticatedWritesNeedTheCsrfTokenButBasicDoesNot() {
        String editor = fixtures.user("editor");
        String session = login(editor);
        Response page = given().cookie("quarkus-credential", session).get("/articles/new");
        page.then().statusCode(200);
        String token = page.getCookie(CsrfFilter.COOKIE);
        assertNotNull(token);
        Map<String, Object> body = Map.of("title", "CSRF test", "text", "A sentence.");

        given().cookie("quarkus-credential", session).contentType("application/json").body(body)
                .post("/api/articles").then().statusCode(403);
        given().cookie("quarkus-credential", session).cookie(CsrfFilter.COOKIE, token).header(CsrfFilter.HEADER, "forged")
                .contentType("application/json").body(body).post("/api/articles").then().statusCode(403);
        given().cookie("quarkus-credential", session).cookie(CsrfFilter.COOKIE, token).header(CsrfFilter.HEADER, token)
                .contentType("application/json").body(body).post("/api/articles").then().statusCode(201);
        // the form path: token in a hidden field
        given().redirects().follow(false).cookie("quarkus-credential", session).cookie(CsrfFilter.COOKIE, token)
                .multiPart("title", "Form import").multiPart("text", "A sentence from a form.")
                .multiPart("language", "auto").post("/articles").then().statusCode(403);
        given().redirects().follow(false).cookie("quarkus-credential", session).cookie(CsrfFilter.COOKIE, token)
                .multiPart("csrf", token).multiPart("title", "Form import").multiPart("text", "A sentence from a form.")
                .multiPart("language", "auto").post("/articles").then().statusCode(303)
                .header("Location", containsString("/articles/"));
        // HTTP Basic carries no session cookie: no token needed
        Fixtures.as(editor).body(body).post("/api/articles").then().statusCode(201);
    }

    @Test
    void pagesRedirectAnonymousVisitorsAndRefuseMissingRoles() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", containsString("/login"));
        given().get("/login").then().statusCode(200).body(containsString("j_security_check"));
        String viewer = fixtures.user("viewer");
        String session = login(viewer);
        given().cookie("quarkus-credential", session).get("/").then().statusCode(200);
        given().cookie("quarkus-credential", session).get("/articles/new").then().statusCode(403);
        given().cookie("quarkus-credential", session).get("/users").then().statusCode(403);
        String admin = fixtures.user("admin");
        given().cookie("quarkus-credential", login(admin)).get("/users").then().statusCode(200);
    }

    @Test
    void securityHeadersAreOnEveryPage() {
        given().get("/login").then().header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "same-origin");
    }

    @Test
    void adminCreatesUsersWithValidatedInput() {
        String admin = fixtures.user("admin");
        String name = "new-user-" + System.nanoTime();
        Fixtures.as(admin).body(Map.of("username", name, "password", "short", "roles", java.util.List.of("checker")))
                .post("/api/users").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("password"));
        Fixtures.as(admin).body(Map.of("username", name, "password", "long-enough-password", "roles",
                java.util.List.of("wizard"))).post("/api/users").then().statusCode(400);
        Fixtures.as(admin).body(Map.of("username", name, "password", "long-enough-password", "displayName", "New",
                "roles", java.util.List.of("checker"))).post("/api/users").then().statusCode(201)
                .body("roles", org.hamcrest.Matchers.contains("checker"));
        String checker = fixtures.user("checker");
        Fixtures.as(checker).body(Map.of("username", name + "x", "password", "long-enough-password", "roles",
                java.util.List.of("admin"))).post("/api/users").then().statusCode(403);
        int id = Fixtures.as(admin).get("/api/users?q=" + name).then().statusCode(200).body("total", is(1))
                .extract().jsonPath().getInt("items[0].id");
        Fixtures.as(admin).body(Map.of("active", false, "version", 0)).patch("/api/users/{id}", id).then()
                .statusCode(200).body("active", is(false));
        given().auth().preemptive().basic(name, "long-enough-password").get("/api/me").then().statusCode(401);
        assertEquals(401, given().auth().preemptive().basic(name, "long-enough-password").get("/api/articles")
                .statusCode());
    }

    @Test
    void anHtmlFileIsImportedAsItsArticleTextOnly() {
        String editor = fixtures.user("editor");
        String session = login(editor);
        String token = given().cookie("quarkus-credential", session).get("/articles/new").getCookie(CsrfFilter.COOKIE);
        String html = "<html><head><title>Page title</title><script>alert('x')</script></head><body>"
                + "<nav>Home | World</nav><article><h1>Ceasefire agreed</h1><p>Russia said a ceasefire began at "
                + "06:00 GMT.</p><p onclick=\"evil()\">Both sides confirmed it.</p></article><footer>(c)</footer>"
                + "</body></html>";
        String location = given().redirects().follow(false).cookie("quarkus-credential", session)
                .cookie(CsrfFilter.COOKIE, token).multiPart("csrf", token).multiPart("title", "")
                .multiPart("language", "auto").multiPart("text", "")
                .multiPart("file", "story.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html")
                .post("/articles").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/articles/(\\d+).*", "$1"));
        Fixtures.as(editor).get("/api/articles/{id}", id).then().statusCode(200)
                // the page's own title, as for a page fetched by its address (intake/ArticleExtractor)
                .body("title", is("Page title")).body("language", is("en"))
                .body("text", is("Ceasefire agreed\n\nRussia said a ceasefire began at 06:00 GMT.\n\n"
                        + "Both sides confirmed it."))
                .body("paragraphs.size()", is(3));
        // a file of another kind is refused with the message next to the field, nothing stored
        given().cookie("quarkus-credential", session).cookie(CsrfFilter.COOKIE, token).multiPart("csrf", token)
                .multiPart("file", "story.pdf", new byte[] {1, 2, 3}, "application/pdf").post("/articles").then()
                .statusCode(400).body(containsString("Upload a .txt or .html file."));
    }

    static String login(String username) {
        Response response = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check");
        response.then().statusCode(302);
        String cookie = response.getCookie("quarkus-credential");
        assertNotNull(cookie, "form login sets the session cookie");
        return cookie;
    }
}
