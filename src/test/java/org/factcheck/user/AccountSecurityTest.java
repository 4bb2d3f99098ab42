package org.factcheck.user;

import static io.restassured.RestAssured.given;
import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AccountSecurityTest {

    @Inject
    Fixtures fixtures;

    @Test
    void tenFailuresLockOnlyThatAccountForFormAndBasicAlike() {
        String victim = fixtures.user("checker");
        String bystander = fixtures.user("checker");
        String admin = fixtures.user("admin");
        for (int i = 0; i < LoginGuard.MAX_FAILURES; i++) {
            given().auth().preemptive().basic(victim, "wrong-password-" + i).get("/api/me").then().statusCode(401);
        }
        // now even the right password is refused, by Basic and by the login form
        given().auth().preemptive().basic(victim, Fixtures.PASSWORD).get("/api/me").then().statusCode(401);
        given().redirects().follow(false).formParam("j_username", victim).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().header("Location", containsString("/login/failed"));
        // other accounts are unaffected
        as(bystander).get("/api/me").then().statusCode(200);
        // the audit shows the failures and the lockout, for admins only
        as(admin).get("/api/audit/logins?username=" + victim + "&size=100").then().statusCode(200)
                .body("items.event", hasItem("login_failed")).body("items.event", hasItem("locked_out"))
                .body("items.event", hasItem("login_refused"));
        as(bystander).get("/api/audit/logins").then().statusCode(403);
    }

    @Test
    void failedLoginsLookTheSameWhetherOrNotTheUserExists() {
        String user = fixtures.user("viewer");
        Response unknown = given().auth().preemptive().basic("no-such-user-xyz", "whatever-password").get("/api/me");
        Response wrong = given().auth().preemptive().basic(user, "whatever-password").get("/api/me");
        assertEquals(401, unknown.statusCode());
        assertEquals(unknown.statusCode(), wrong.statusCode());
        assertEquals(unknown.body().asString(), wrong.body().asString());
        String unknownForm = given().redirects().follow(false).formParam("j_username", "no-such-user-xyz")
                .formParam("j_password", "x").post("/j_security_check").header("Location");
        String wrongForm = given().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", "x").post("/j_security_check").header("Location");
        assertEquals(unknownForm, wrongForm);
    }

    @Test
    void deactivatedUsersCannotLogInAtAllAndReactivationRestoresAccess() {
        String admin = fixtures.user("admin");
        String user = fixtures.user("editor");
        String session = login(user);
        given().cookie("quarkus-credential", session).get("/api/me").then().statusCode(200);
        int id = as(user).get("/api/me").then().extract().jsonPath().getInt("id");
        as(admin).body(Map.of("active", false, "version", 0)).patch("/api/users/{id}", id).then().statusCode(200);

        as(user).get("/api/me").then().statusCode(401);
        given().cookie("quarkus-credential", session).get("/api/me").then().statusCode(401);
        given().redirects().follow(false).formParam("j_username", user).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().header("Location", containsString("/login/failed"));

        as(admin).body(Map.of("active", true, "version", 1)).patch("/api/users/{id}", id).then().statusCode(200);
        as(user).get("/api/me").then().statusCode(200);
    }

    @Test
    void passwordsAreLongUncommonAndOnlyStoredAsBcrypt() {
        String admin = fixtures.user("admin");
        for (String weak : List.of("short", "123456789012", "passwordpassword", "qwertyuiopasdf", "aaaaaaaaaaaaaa")) {
            as(admin).body(Map.of("username", "weak-" + System.nanoTime(), "password", weak, "roles", List.of("viewer")))
                    .post("/api/users").then().statusCode(400).body("errors.field", hasItem("password"));
        }
        String name = "strong-" + System.nanoTime();
        as(admin).body(Map.of("username", name, "password", "Orbit lantern 47 quietly", "roles", List.of("viewer")))
                .post("/api/users").then().statusCode(201);
        String hash = AppUserTestAccess.passwordHash(name);
        assertTrue(hash.startsWith("$2a$") || hash.startsWith("$2b$") || hash.startsWith("$2y$"), hash);
    }

    @Test
    void everyoneChangesTheirOwnNameAndPasswordWithTheCurrentPassword() {
        String user = fixtures.user("viewer");
        as(user).body(Map.of("displayName", "Layla Haddad")).patch("/api/me").then().statusCode(200)
                .body("displayName", is("Layla Haddad"));
        as(user).body(Map.of("currentPassword", "not-my-password", "newPassword", "Harbor violet 93 stepping"))
                .patch("/api/me").then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        as(user).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "Harbor violet 93 stepping"))
                .patch("/api/me").then().statusCode(200);
        given().auth().preemptive().basic(user, "Harbor violet 93 stepping").get("/api/me").then().statusCode(200);
        as(user).get("/api/me").then().statusCode(401);
    }

    @Test
    void sessionCookieIsHttpOnlySameSiteAndSecureBehindTls() {
        String user = fixtures.user("viewer");
        Response plain = given().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check");
        String cookie = plain.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite="), cookie);
        Response tls = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .formParam("j_username", user).formParam("j_password", Fixtures.PASSWORD).post("/j_security_check");
        String secure = tls.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertTrue(secure.toLowerCase().contains("secure"), secure);
        String csrf = given().header("X-Forwarded-Proto", "https").get("/login").getHeaders().getValues("Set-Cookie")
                .stream().filter(c -> c.startsWith("fc-csrf=")).findFirst().orElseThrow();
        assertTrue(csrf.contains("Secure") && csrf.toLowerCase().contains("httponly") && csrf.contains("SameSite=Strict"), csrf);
    }

    @Test
    void logoutClearsTheSessionCookie() {
        String user = fixtures.user("viewer");
        String session = login(user);
        Response page = given().cookie("quarkus-credential", session).get("/");
        String token = page.getCookie("fc-csrf");
        String cleared = given().redirects().follow(false).cookie("quarkus-credential", session)
                .cookie("fc-csrf", token).formParam("csrf", token).post("/logout").then().statusCode(303)
                .extract().headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertTrue(cleared.contains("Max-Age=0"), cleared);
    }

    static String login(String username) {
        Response response = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check");
        return response.getCookie("quarkus-credential");
    }
}
