package org.factcheck.twofactor;

import static io.restassured.RestAssured.given;
import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.commons.codec.binary.Base32;
import org.factcheck.testsupport.Fixtures;
import org.factcheck.user.AuthEvent;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Two-factor sign-in (docs/security.md): enrolment, the login's second step, recovery codes, lockout, policy. */
@QuarkusTest
class TwoFactorTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TotpSecrets totp;

    /** A user with two-factor sign-in on; answers the raw secret and the recovery codes. */
    record Enrolled(String username, byte[] secret, List<String> recoveryCodes) {
    }

    Enrolled enrol(String role) {
        String user = fixtures.user(role);
        String secret = as(user).post("/api/me/two-factor").then().statusCode(200)
                .body("otpauthUri", containsString("otpauth://totp/")).extract().path("secret");
        byte[] raw = new Base32().decode(secret);
        List<String> codes = as(user).body(Map.of("code", code(raw, 0))).post("/api/me/two-factor/confirm").then()
                .statusCode(200).extract().path("recoveryCodes");
        assertEquals(10, codes.size());
        return new Enrolled(user, raw, codes);
    }

    String code(byte[] secret, int stepsFromNow) {
        return totp.code(secret, TotpSecrets.stepAt(Instant.now()) + stepsFromNow);
    }

    /** The password step: answers the signed "password verified" cookie. */
    static String passwordStep(String user) {
        Response response = given().redirects().follow(false).formParam("j_username", user)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check");
        assertTrue(response.header("Location").endsWith("/login/failed"), "no session yet");
        assertNull(response.getCookie("quarkus-credential"));
        return response.getCookie(LoginStep.COOKIE);
    }

    /** The code step: answers the response (a session cookie when the code is right). */
    static Response codeStep(String user, String marker, String code) {
        var request = given().redirects().follow(false).formParam("j_username", user).formParam("j_password", "")
                .formParam("j_code", code);
        return (marker == null ? request : request.cookie(LoginStep.COOKIE, marker)).post("/j_security_check");
    }

    static long events(String username, String event) {
        return QuarkusTransaction.requiringNew().call(() -> AuthEvent.count("username = ?1 and event = ?2",
                username, event));
    }

    @Test
    void loginTakesThePasswordThenACodeUsedOnceWithinItsWindow() {
        Enrolled e = enrol("checker");
        // the set-up's code (this step) is spent: a replay fails, as do a wrong and an expired code
        String marker = passwordStep(e.username());
        assertNotNull(marker);
        given().cookie(LoginStep.COOKIE, marker).get("/login/failed").then().statusCode(200)
                .body(containsString("name=\"j_code\""));
        for (String bad : List.of(code(e.secret(), 0), "000000".equals(code(e.secret(), 1)) ? "111111" : "000000",
                code(e.secret(), -2), "12345", "")) {
            Response refused = codeStep(e.username(), marker, bad);
            assertNull(refused.getCookie("quarkus-credential"), "refused: '" + bad + "'");
            assertTrue(refused.header("Location").endsWith("/login/failed"));
        }
        String wrongMarker = codeStep(e.username(), marker, "999999x").getCookie(LoginStep.COOKIE);
        given().cookie(LoginStep.COOKIE, wrongMarker).get("/login/failed").then().body(containsString("code-wrong"));
        // the next step's code is in the window: accepted once
        String next = code(e.secret(), 1);
        Response ok = codeStep(e.username(), marker, next);
        String session = ok.getCookie("quarkus-credential");
        assertNotNull(session, "logged in with the code");
        assertThat303ToLanding(ok);
        given().cookie("quarkus-credential", session).accept(ContentType.JSON).get("/api/me").then().statusCode(200)
                .body("username", is(e.username()));
        assertNull(codeStep(e.username(), passwordStep(e.username()), next).getCookie("quarkus-credential"),
                "a code is never accepted twice");
        assertTrue(events(e.username(), AuthEvent.TWO_FACTOR_FAILED) >= 5);
        assertEquals(1, events(e.username(), AuthEvent.TWO_FACTOR_ENABLED));
        assertEquals(1, events(e.username(), AuthEvent.LOGIN));
    }

    private static void assertThat303ToLanding(Response response) {
        assertTrue(response.statusCode() == 302 || response.statusCode() == 303, "redirected");
        assertTrue(!response.header("Location").contains("/login"), response.header("Location"));
    }

    @Test
    void aCodeWithoutTheVerifiedPasswordIsRefused() {
        Enrolled e = enrol("viewer");
        assertNull(codeStep(e.username(), null, code(e.secret(), 1)).getCookie("quarkus-credential"));
        // a marker of another account, or a forged one, does not help
        Enrolled other = enrol("viewer");
        String otherMarker = passwordStep(other.username());
        assertNull(codeStep(e.username(), otherMarker, code(e.secret(), 1)).getCookie("quarkus-credential"));
        assertNull(codeStep(e.username(), otherMarker.substring(0, otherMarker.indexOf('.')) + ".AAAA",
                code(e.secret(), 1)).getCookie("quarkus-credential"));
        given().get("/login/failed").then().body(containsString("name=\"j_password\""));
    }

    @Test
    void eachRecoveryCodeLogsInOnce() {
        Enrolled e = enrol("editor");
        String recovery = e.recoveryCodes().get(3);
        Response ok = codeStep(e.username(), passwordStep(e.username()), recovery.toUpperCase());
        assertNotNull(ok.getCookie("quarkus-credential"));
        assertNull(codeStep(e.username(), passwordStep(e.username()), recovery).getCookie("quarkus-credential"));
        assertEquals(1, events(e.username(), AuthEvent.RECOVERY_CODE_USED));
        given().cookie("quarkus-credential", ok.getCookie("quarkus-credential")).accept(ContentType.JSON)
                .get("/api/me/two-factor").then().statusCode(200).body("enabled", is(true))
                .body("recoveryCodesLeft", is(9));
        // only bcrypt hashes are stored
        List<String> hashes = QuarkusTransaction.requiringNew().call(() -> RecoveryCode.<RecoveryCode>list("userId",
                org.factcheck.user.AppUser.findByUsername(e.username()).orElseThrow().id).stream()
                .map(r -> r.codeHash).toList());
        assertEquals(10, hashes.size());
        assertTrue(hashes.stream().allMatch(h -> h.startsWith("$2") && !h.contains(recovery.replace("-", ""))));
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() {
        Enrolled e = enrol("checker");
        String marker = passwordStep(e.username());
        for (int i = 0; i < 10; i++) {
            codeStep(e.username(), marker, i % 2 == 0 ? "000001" : "000002");
        }
        assertTrue(events(e.username(), AuthEvent.LOCKED_OUT) >= 1);
        assertNull(codeStep(e.username(), marker, code(e.secret(), 1)).getCookie("quarkus-credential"),
                "locked: even the right code is refused");
        Response password = given().redirects().follow(false).formParam("j_username", e.username())
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check");
        String marker2 = password.getCookie(LoginStep.COOKIE);
        assertTrue(marker2 == null || marker2.isEmpty(), "locked: the password step is refused too");
    }

    @Test
    void basicIsRefusedForTwoFactorAccountsWhichUseTokensInstead() {
        Enrolled e = enrol("editor");
        as(e.username()).get("/api/me").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("API token"));
        assertTrue(events(e.username(), AuthEvent.LOGIN_REFUSED) >= 1);
        as(fixtures.user("viewer")).get("/api/me").then().statusCode(200);
    }

    @Test
    void turningItOffTakesThePasswordAndACode() {
        Enrolled e = enrol("viewer");
        String session = codeStep(e.username(), passwordStep(e.username()), code(e.secret(), 1))
                .getCookie("quarkus-credential");
        String csrf = given().cookie("quarkus-credential", session).get("/profile/two-factor").then().statusCode(200)
                .body(containsString("two-factor-status")).extract().cookie("fc-csrf");
        var asSession = given().cookie("quarkus-credential", session).cookie("fc-csrf", csrf)
                .header("X-CSRF-Token", csrf).contentType(ContentType.JSON).accept(ContentType.JSON);
        asSession.body(Map.of("password", "not-it", "code", code(e.secret(), 0))).post("/api/me/two-factor/disable")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("password"));
        asSession.body(Map.of("password", Fixtures.PASSWORD, "code", "123")).post("/api/me/two-factor/disable")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("code"));
        asSession.get("/api/me/two-factor").then().body("enabled", is(true));
        asSession.body(Map.of("password", Fixtures.PASSWORD, "code", e.recoveryCodes().get(0)))
                .post("/api/me/two-factor/disable").then().statusCode(200).body("enabled", is(false));
        assertEquals(1, events(e.username(), AuthEvent.TWO_FACTOR_DISABLED));
        as(e.username()).get("/api/me").then().statusCode(200);
    }

    @Test
    void newRecoveryCodesReplaceAllTheOldOnes() {
        Enrolled e = enrol("checker");
        String user = e.username();
        // the account has two-factor on, so Basic is refused: the session of a full login does it
        String session = codeStep(user, passwordStep(user), code(e.secret(), 1)).getCookie("quarkus-credential");
        String csrf = given().cookie("quarkus-credential", session).get("/profile/two-factor").then().statusCode(200)
                .body(containsString("recovery-renewal")).extract().cookie("fc-csrf");
        var asSession = given().cookie("quarkus-credential", session).cookie("fc-csrf", csrf)
                .header("X-CSRF-Token", csrf).contentType(ContentType.JSON).accept(ContentType.JSON);
        asSession.body(Map.of("password", Fixtures.PASSWORD, "code", "000000".equals(code(e.secret(), 0)) ? "111111"
                : "000000")).post("/api/me/two-factor/recovery-codes").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("code"));
        assertEquals(0, events(user, AuthEvent.RECOVERY_CODES_NEW), "a refusal changes nothing");
        List<String> renewed = asSession.body(Map.of("password", Fixtures.PASSWORD, "code",
                e.recoveryCodes().get(0))).post("/api/me/two-factor/recovery-codes").then().statusCode(200)
                .extract().path("recoveryCodes");
        assertEquals(10, renewed.size());
        assertEquals(1, events(user, AuthEvent.RECOVERY_CODES_NEW));
        assertNull(codeStep(user, passwordStep(user), e.recoveryCodes().get(1)).getCookie("quarkus-credential"),
                "the old codes are gone");
        assertNotNull(codeStep(user, passwordStep(user), renewed.get(1)).getCookie("quarkus-credential"));
    }

    @Test
    void anAdminResetsSomeoneWhoLostPhoneAndCodes() {
        Enrolled e = enrol("editor");
        String admin = fixtures.user("admin");
        long id = QuarkusTransaction.requiringNew().call(() -> org.factcheck.user.AppUser
                .findByUsername(e.username()).orElseThrow().id);
        as(admin).accept("text/html").get("/users").then().statusCode(200)
                .body(containsString("action=\"/users/" + id + "/two-factor/reset\""));
        as(admin).delete("/api/users/{id}/two-factor", id).then().statusCode(204);
        assertEquals(1, events(e.username(), AuthEvent.TWO_FACTOR_RESET));
        as(e.username()).get("/api/me/two-factor").then().statusCode(200).body("enabled", is(false));
        as(admin).delete("/api/users/{id}/two-factor", id).then().statusCode(409);
        as(admin).delete("/api/users/{id}/two-factor", 987654321L).then().statusCode(404);
        long adminId = QuarkusTransaction.requiringNew().call(() -> org.factcheck.user.AppUser
                .findByUsername(admin).orElseThrow().id);
        as(admin).delete("/api/users/{id}/two-factor", adminId).then().statusCode(409)
                .body("detail", containsString("your own"));
    }

    @Test
    void aWrongCodeAtSetUpTurnsNothingOn() {
        String user = fixtures.user("viewer");
        as(user).body(Map.of("code", "123456")).post("/api/me/two-factor/confirm").then().statusCode(400)
                .body("detail", containsString("Start the set-up"));
        as(user).post("/api/me/two-factor").then().statusCode(200);
        as(user).body(Map.of("code", "12x456")).post("/api/me/two-factor/confirm").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("code"));
        as(user).get("/api/me/two-factor").then().statusCode(200).body("enabled", is(false));
        assertEquals(2, events(user, AuthEvent.TWO_FACTOR_FAILED));
        assertEquals(0, events(user, AuthEvent.TWO_FACTOR_ENABLED));
    }

    @Test
    void theSecretIsStoredEncrypted() {
        Enrolled e = enrol("viewer");
        String stored = QuarkusTransaction.requiringNew().call(() -> UserTotp.<UserTotp>of(
                org.factcheck.user.AppUser.findByUsername(e.username()).orElseThrow().id).orElseThrow().secret);
        assertTrue(stored.startsWith("v1:") && !stored.contains(TotpSecrets.base32(e.secret())), stored);
    }

    /** A session of an account with two factors, and its CSRF token: what the web sends. */
    io.restassured.specification.RequestSpecification session(Enrolled e) {
        String session = codeStep(e.username(), passwordStep(e.username()), code(e.secret(), 1))
                .getCookie("quarkus-credential");
        String csrf = given().cookie("quarkus-credential", session).get("/profile").cookie("fc-csrf");
        return given().cookie("quarkus-credential", session).cookie("fc-csrf", csrf).header("X-CSRF-Token", csrf)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    @Test
    void whenRequiredEditorsMustEnrolBeforeAnythingElse() {
        String plainAdmin = fixtures.user("admin");
        as(plainAdmin).body(Map.of("requiredForEditors", true)).put("/api/settings/two-factor").then()
                .statusCode(409).body("detail", containsString("your own account first"));
        Enrolled admin = enrol("admin");
        String editor = fixtures.user("editor");
        String viewer = fixtures.user("viewer");
        String token = as(editor).body(Map.of("name", "ci", "expiresInDays", 1, "scope", "read"))
                .post("/api/me/tokens").then().statusCode(201).extract().path("token");
        as(editor).put("/api/settings/two-factor").then().statusCode(403);
        var adminSession = session(admin);
        adminSession.body(Map.of("requiredForEditors", true)).put("/api/settings/two-factor").then()
                .statusCode(200).body("requiredForEditors", is(true));
        try {
            as(editor).get("/api/articles").then().statusCode(403).body("detail", containsString("Two-factor"));
            as(plainAdmin).get("/api/users").then().statusCode(403);
            as(viewer).get("/api/articles").then().statusCode(200);
            // an editor who signs in through the organisation's provider has its second factor there: not held
            String providerEditor = fixtures.user("editor");
            QuarkusTransaction.requiringNew().run(() -> org.factcheck.user.AppUser.update(
                    "oidcIssuer = 'https://sso.example', oidcSubject = ?1 where username = ?1", providerEditor));
            as(providerEditor).get("/api/articles").then().statusCode(200);
            as(providerEditor).post("/api/me/two-factor").then().statusCode(409)
                    .body("detail", containsString("organisation's account"));
            given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200);
            String session = given().redirects().follow(false).formParam("j_username", editor)
                    .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check")
                    .getCookie("quarkus-credential");
            assertNotNull(session);
            given().redirects().follow(false).cookie("quarkus-credential", session).get("/articles").then()
                    .statusCode(303).header("Location", endsWith("/profile/two-factor"));
            given().cookie("quarkus-credential", session).accept(ContentType.JSON).get("/api/claims").then()
                    .statusCode(403);
            given().cookie("quarkus-credential", session).get("/profile/two-factor").then().statusCode(200)
                    .header("Cache-Control", "no-store").body(containsString("enrol-required"));
            // enrolling through the API with Basic is allowed, and ends the restriction
            String secret = as(editor).post("/api/me/two-factor").then().statusCode(200).extract().path("secret");
            as(editor).body(Map.of("code", code(new Base32().decode(secret), 0))).post("/api/me/two-factor/confirm")
                    .then().statusCode(200);
            given().cookie("quarkus-credential", session).accept(ContentType.JSON).get("/api/claims").then()
                    .statusCode(200);
            assertTrue(events(admin.username(), AuthEvent.SETTING_CHANGED) >= 1);
        } finally {
            adminSession.body(Map.of("requiredForEditors", false)).put("/api/settings/two-factor").then()
                    .statusCode(200);
        }
        as(plainAdmin).get("/api/users").then().statusCode(200);
    }

    @Test
    void theQrCodeIsAnSvgImageOfTheOtpauthAddress() {
        String svg = QrSvg.svg("otpauth://totp/Desk:someone?secret=ABC&issuer=Desk");
        assertTrue(svg.startsWith("<svg") && svg.contains("<path d=\"M"), svg);
        assertTrue(QrSvg.dataUri("x").startsWith("data:image/svg+xml;base64,"));
    }
}
