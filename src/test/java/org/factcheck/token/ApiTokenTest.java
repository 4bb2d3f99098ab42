package org.factcheck.token;

import static io.restassured.RestAssured.given;
import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.factcheck.user.AuthEvent;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Personal API tokens (docs/security.md, API tokens): made with the password, used as Bearer on /api. */
@QuarkusTest
class ApiTokenTest {

    @Inject
    Fixtures fixtures;

    static String create(String user, String scope) {
        return as(user).body(Map.of("name", "script " + scope, "expiresInDays", 30, "scope", scope))
                .post("/api/me/tokens").then().statusCode(201).body("details.scope", is(scope))
                .body("details.status", is("active")).extract().path("token");
    }

    static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static ApiToken stored(String token) {
        return QuarkusTransaction.requiringNew().call(() -> ApiToken.findByHash(TokenService.hash(token)).orElseThrow());
    }

    static long events(String username, String event) {
        return QuarkusTransaction.requiringNew().call(() -> AuthEvent.count("username = ?1 and event = ?2",
                username, event));
    }

    @Test
    void aTokenIsShownOnceAndOnlyItsHashIsStored() {
        String user = fixtures.user("viewer");
        String token = create(user, "read");
        assertTrue(token.startsWith("fct_") && token.length() > 40, token);
        String list = as(user).get("/api/me/tokens").then().statusCode(200)
                .body("name", hasItem("script read")).body("prefix", hasItem(token.substring(0, 10)))
                .extract().asString();
        assertTrue(!list.contains(token), "the list never shows the secret");
        ApiToken row = stored(token);
        assertEquals(TokenService.hash(token), row.tokenHash);
        assertTrue(!row.tokenHash.contains(token.substring(4)) && !row.displayPrefix.equals(token));
        assertEquals(1, events(user, AuthEvent.TOKEN_CREATED));
    }

    @Test
    void readOnlyTokenReadsButIsRefusedEveryChange() {
        String editor = fixtures.user("editor");
        String token = create(editor, "read");
        bearer(token).get("/api/me").then().statusCode(200).body("username", is(editor));
        bearer(token).get("/api/articles").then().statusCode(200);
        long before = articleCount();
        bearer(token).body(Map.of("title", "t", "text", "One sentence here.")).post("/api/articles").then()
                .statusCode(403).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("read-only"));
        assertEquals(before, articleCount(), "nothing was created");
        assertTrue(events(editor, AuthEvent.TOKEN_REFUSED) >= 1);
    }

    @Test
    void readWriteTokenChangesWithItsOwnersRolesOnly() {
        String editor = fixtures.user("editor");
        String token = create(editor, "write");
        bearer(token).body(Map.of("title", "By token", "text", "One sentence here.")).post("/api/articles").then()
                .statusCode(201);
        String viewer = fixtures.user("viewer");
        String viewerToken = create(viewer, "write");
        bearer(viewerToken).body(Map.of("title", "t", "text", "One sentence here.")).post("/api/articles").then()
                .statusCode(403);
    }

    @Test
    void revokedExpiredAndUnknownTokensAreRefusedWithAReasonAndAnAuditLine() {
        String user = fixtures.user("checker");
        String revoked = create(user, "read");
        long id = stored(revoked).id;
        as(user).delete("/api/me/tokens/{id}", id).then().statusCode(200).body("status", is("revoked"));
        bearer(revoked).get("/api/me").then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer")).body("detail", containsString("revoked"));

        String expired = create(user, "read");
        QuarkusTransaction.requiringNew().run(() -> ApiToken.update("createdAt = ?1, expiresAt = ?2 where tokenHash = ?3",
                OffsetDateTime.now().minusDays(2), OffsetDateTime.now().minusMinutes(1), TokenService.hash(expired)));
        bearer(expired).get("/api/me").then().statusCode(401).body("detail", containsString("expired"));

        bearer("fct_" + "x".repeat(43)).get("/api/me").then().statusCode(401).body("detail", containsString("not known"));
        bearer("not-even-ours").get("/api/me").then().statusCode(401);
        assertEquals(2, events(user, AuthEvent.TOKEN_REFUSED));
        assertEquals(1, events(user, AuthEvent.TOKEN_REVOKED));
        // someone else's token is not found, and stays usable
        String other = fixtures.user("viewer");
        String theirs = create(other, "read");
        as(user).delete("/api/me/tokens/{id}", stored(theirs).id).then().statusCode(404);
        bearer(theirs).get("/api/me").then().statusCode(200);
    }

    @Test
    void lastUseIsRecordedAtMostOncePerMinute() {
        String user = fixtures.user("viewer");
        String token = create(user, "read");
        assertNull(stored(token).lastUsedAt);
        bearer(token).get("/api/me").then().statusCode(200);
        OffsetDateTime first = stored(token).lastUsedAt;
        assertNotNull(first);
        bearer(token).get("/api/me").then().statusCode(200);
        assertEquals(first, stored(token).lastUsedAt, "not written again within a minute");
        as(user).get("/api/me/tokens").then().body("[0].lastUsedAt", not(is((Object) null)));
    }

    @Test
    void aTokenCannotManageTokensNorChangeThePassword() {
        String user = fixtures.user("admin");
        String token = create(user, "write");
        bearer(token).get("/api/me/tokens").then().statusCode(403).body("detail", containsString("API tokens cannot"));
        bearer(token).body(Map.of("name", "more", "expiresInDays", 1, "scope", "write")).post("/api/me/tokens").then()
                .statusCode(403);
        bearer(token).delete("/api/me/tokens/{id}", stored(token).id).then().statusCode(403);
        bearer(token).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "Lantern orbit 58 quietly"))
                .patch("/api/me").then().statusCode(403);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> ApiToken.count("user.username", user)));
        // and HTTP Basic keeps working next to tokens
        as(user).get("/api/me").then().statusCode(200);
    }

    @Test
    void badRequestsMakeNoToken() {
        String user = fixtures.user("viewer");
        as(user).body(Map.of("name", "", "expiresInDays", 0, "scope", "admin")).post("/api/me/tokens").then()
                .statusCode(400).body("errors.field", hasItem("name")).body("errors.field", hasItem("expiresInDays"))
                .body("errors.field", hasItem("scope"));
        as(user).body(Map.of("name", "forever", "expiresInDays", 5000, "scope", "read")).post("/api/me/tokens")
                .then().statusCode(400).body("errors.field", hasItem("expiresInDays"));
        as(user).body(Map.of("name", "no expiry", "scope", "read")).post("/api/me/tokens").then().statusCode(400);
        as(user).get("/api/me/tokens").then().statusCode(200).body("size()", is(0));
    }

    @Test
    void adminsSeeAndRevokeAnyonesTokens() {
        String admin = fixtures.user("admin");
        String user = fixtures.user("checker");
        String token = create(user, "write");
        int id = as(user).get("/api/me").then().extract().path("id");
        long tokenId = stored(token).id;
        String list = as(admin).get("/api/users/{id}/tokens", id).then().statusCode(200)
                .body("[0].prefix", is(token.substring(0, 10))).extract().asString();
        assertTrue(!list.contains(token));
        as(fixtures.user("editor")).get("/api/users/{id}/tokens", id).then().statusCode(403);
        as(admin).delete("/api/users/{id}/tokens/{token}", id + 1_000_000, tokenId).then().statusCode(404);
        as(admin).delete("/api/users/{id}/tokens/{token}", id, tokenId).then().statusCode(200)
                .body("status", is("revoked"));
        bearer(token).get("/api/me").then().statusCode(401);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuthEvent.count(
                "username = ?1 and event = ?2 and detail like ?3", user, AuthEvent.TOKEN_REVOKED, "%by " + admin)));
    }

    @Test
    void deactivatingTheOwnerEndsTheirTokens() {
        String admin = fixtures.user("admin");
        String user = fixtures.user("checker");
        String token = create(user, "read");
        int id = as(user).get("/api/me").then().extract().path("id");
        as(admin).body(Map.of("active", false, "version", 0)).patch("/api/users/{id}", id).then().statusCode(200);
        bearer(token).get("/api/me").then().statusCode(401);
        assertNotNull(stored(token).revokedAt);
    }

    @Test
    void theProfilePageMakesShowsOnceAndRevokesTokens() {
        String user = fixtures.user("viewer");
        String session = given().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").getCookie("quarkus-credential");
        Response profile = given().cookie("quarkus-credential", session).get("/profile");
        String csrf = profile.getCookie("fc-csrf");
        assertTrue(profile.asString().contains("action=\"/profile/tokens\""));
        // without the CSRF token: refused, nothing made
        given().cookie("quarkus-credential", session).cookie("fc-csrf", csrf).formParam("name", "page")
                .formParam("expiresInDays", "7").formParam("scope", "write").post("/profile/tokens").then()
                .statusCode(403);
        String page = given().cookie("quarkus-credential", session).cookie("fc-csrf", csrf).formParam("csrf", csrf)
                .formParam("name", "page").formParam("expiresInDays", "7").formParam("scope", "write")
                .post("/profile/tokens").then().statusCode(200).header("Cache-Control", "no-store").extract().asString();
        String token = page.replaceAll("(?s).*id=\"new-token\" dir=\"ltr\">(fct_[A-Za-z0-9_-]+)<.*", "$1");
        assertTrue(token.startsWith("fct_"), token);
        bearer(token).get("/api/me").then().statusCode(200).body("username", is(user));
        String again = given().cookie("quarkus-credential", session).get("/profile").asString();
        assertTrue(!again.contains(token) && again.contains(token.substring(0, 10)), "listed by prefix only");
        given().redirects().follow(false).cookie("quarkus-credential", session).cookie("fc-csrf", csrf)
                .formParam("csrf", csrf).post("/profile/tokens/{id}/revoke", stored(token).id).then().statusCode(303);
        bearer(token).get("/api/me").then().statusCode(401);
        // a bad form shows the message next to the field
        given().cookie("quarkus-credential", session).cookie("fc-csrf", csrf).formParam("csrf", csrf)
                .formParam("name", "").formParam("expiresInDays", "9999").formParam("scope", "read")
                .post("/profile/tokens").then().statusCode(400).body(containsString("expiresInDays-error"));
    }

    @Test
    void theTokenDecidesWhoYouAreEvenNextToASessionCookie() {
        String cookieUser = fixtures.user("viewer");
        String tokenUser = fixtures.user("viewer");
        String session = given().redirects().follow(false).formParam("j_username", cookieUser)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").getCookie("quarkus-credential");
        bearer(create(tokenUser, "read")).cookie("quarkus-credential", session).get("/api/me").then().statusCode(200)
                .body("username", is(tokenUser));
    }

    private static long articleCount() {
        return QuarkusTransaction.requiringNew().call(() -> org.factcheck.article.Article.count());
    }
}
