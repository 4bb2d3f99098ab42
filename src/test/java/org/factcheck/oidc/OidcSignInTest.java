package org.factcheck.oidc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.factcheck.user.AppUser;
import org.factcheck.user.AuthEvent;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Sign-in through a real Keycloak (its login form, its tokens), at the HTTP level: accounts made just in time with
 * the mapped role, roles read again at the next sign-in, and each refusal (deactivated, unknown group, replayed or
 * forged state) answered on the login page with an audit line and nothing created.
 */
@QuarkusTest
@TestProfile(OidcTestProfile.class)
class OidcSignInTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    Fixtures fixtures;

    private OidcFlow flow() {
        return new OidcFlow(app.toString());
    }

    private static AppUser account(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>find("username like ?1 and oidcSubject is not null",
                username + "%").firstResultOptional().orElse(null));
    }

    private static List<AuthEvent> events(String username, String event) {
        return QuarkusTransaction.requiringNew().call(() -> AuthEvent.<AuthEvent>list(
                "username = ?1 and event = ?2 order by at", username, event));
    }

    private static long refusalsSince(long lastId, String text) {
        return QuarkusTransaction.requiringNew().call(() -> AuthEvent.count(
                "id > ?1 and event = ?2 and detail like ?3", lastId, AuthEvent.LOGIN_REFUSED, "%" + text + "%"));
    }

    private static long lastEventId() {
        return QuarkusTransaction.requiringNew().call(() -> AuthEvent.<AuthEvent>find("order by id desc")
                .firstResultOptional().map(e -> e.id).orElse(0L));
    }

    private String rolesOf(OidcFlow flow) {
        return given().cookie("quarkus-credential", flow.cookies.get("quarkus-credential")).accept("application/json")
                .get("/api/me").then().statusCode(200).extract().jsonPath().getList("roles").toString();
    }

    @Test
    void theLoginPageOffersTheProviderNextToTheLocalForm() {
        given().get("/login").then().statusCode(200).body(containsString("Sign in with Keycloak"))
                .body(containsString("href=\"/login/oidc\"")).body(containsString("j_password"));
        given().header("Accept-Language", "ar").get("/login").then().statusCode(200)
                .body(containsString("تسجيل الدخول عبر Keycloak"));
        // logout is a form whose answer goes on to the provider: its origin is allowed as a form action
        given().get("/login").then().header("Content-Security-Policy",
                containsString("form-action 'self' " + KeycloakServer.baseUrl()));
    }

    @Test
    void firstSignInCreatesTheAccountWithTheMappedRoleAndStartsTheSession() {
        OidcFlow flow = flow();
        OidcFlow.Step last = flow.signIn("kc-checker");
        assertEquals(200, last.status(), "lands on the dashboard: " + flow.steps);
        assertTrue(last.uri().getPath().equals("/"), "at " + last.uri());
        assertNotNull(flow.cookies.get("quarkus-credential"), "the application's own session cookie");
        assertFalse(flow.cookies.keySet().stream().anyMatch(c -> c.startsWith("q_session")),
                "quarkus-oidc's own session is not kept: " + flow.cookies.keySet());
        assertEquals("[checker]", rolesOf(flow));
        AppUser user = account("kc-checker");
        assertEquals(KeycloakServer.baseUrl() + "/realms/factcheck", user.oidcIssuer);
        assertEquals("Karim Checker", user.displayName);
        assertTrue(user.passwordHash == null, "no local password");
        assertTrue(events(user.username, AuthEvent.LOGIN).stream().anyMatch(e -> e.detail.contains("account created")));
        // PKCE: the authorization request carried an S256 code challenge
        assertTrue(flow.steps.stream().anyMatch(s -> s.location() != null
                && s.location().contains("code_challenge_method=S256")), "PKCE in " + flow.steps);
    }

    @Test
    void rolesAreMappedAgainAtEverySignIn() {
        OidcFlow first = flow();
        assertEquals(200, first.signIn("kc-mover").status());
        assertEquals("[checker]", rolesOf(first));
        long id = account("kc-mover").id;

        KeycloakAdmin.moveToGroup("kc-mover", "fact-checkers", "desk-editors");
        OidcFlow second = flow();
        assertEquals(200, second.signIn("kc-mover").status());
        assertEquals("[editor]", rolesOf(second));
        assertEquals(id, account("kc-mover").id, "the same account, linked by issuer and subject");
    }

    @Test
    void aDeactivatedAccountStaysOutWhateverTheProviderSays() {
        assertEquals(200, flow().signIn("kc-leaver").status());
        AppUser user = account("kc-leaver");
        String admin = fixtures.user("admin");
        Fixtures.as(admin).body("{\"active\": false, \"version\": " + user.version + "}")
                .patch("/api/users/{id}", user.id).then().statusCode(200);

        long before = lastEventId();
        OidcFlow again = flow();
        OidcFlow.Step last = again.signIn("kc-leaver");
        assertTrue(last.uri().toString().endsWith("/login?oidc=deactivated"), "at " + last.uri());
        assertTrue(last.body().contains("deactivated"), last.body());
        assertEquals(null, again.cookies.get("quarkus-credential"));
        assertEquals(1, refusalsSince(before, "account deactivated"));
    }

    @Test
    void aPersonInNoMappedGroupIsRefusedAndNothingIsCreated() {
        long before = lastEventId();
        OidcFlow flow = flow();
        OidcFlow.Step last = flow.signIn("kc-marketing");
        assertTrue(last.uri().toString().endsWith("/login?oidc=unknown-group"), "at " + last.uri());
        assertTrue(last.body().contains("None of your groups"), last.body());
        assertEquals(null, flow.cookies.get("quarkus-credential"));
        assertEquals(null, account("kc-marketing"));
        assertEquals(1, refusalsSince(before, "no mapped group in [marketing]"));
    }

    @Test
    void aReplayedAnswerFromTheProviderIsRefused() {
        OidcFlow flow = flow();
        assertEquals(200, flow.signIn("kc-editor").status());
        long users = QuarkusTransaction.requiringNew().call(() -> AppUser.count());
        long before = lastEventId();

        // the same code and state again, in the same browser (its state cookie is gone) and in another one
        for (OidcFlow browser : List.of(flow, flow())) {
            OidcFlow.Step replay = browser.follow(browser.get(flow.callback().toString()));
            assertTrue(replay.uri().toString().endsWith("/login?oidc=state"), "at " + replay.uri());
            assertTrue(replay.body().contains("already used"), replay.body());
        }
        assertEquals(2, refusalsSince(before, "replayed or forged"));
        assertEquals(users, QuarkusTransaction.requiringNew().call(() -> AppUser.count()));
    }

    @Test
    void aForgedStateIsRefused() {
        OidcFlow flow = flow();
        OidcFlow.Step toKeycloak = flow.get(app + "login/oidc");
        assertEquals(302, toKeycloak.status());
        assertTrue(toKeycloak.location().startsWith(KeycloakServer.baseUrl()), toKeycloak.location());
        long before = lastEventId();
        // a state cookie waits, but the answer names another state
        OidcFlow.Step forged = flow.follow(flow.get(app + "login/oidc?state=forged-state&code=forged-code"));
        assertTrue(forged.uri().toString().endsWith("/login?oidc=state"), "at " + forged.uri());
        assertEquals(1, refusalsSince(before, "State"));
    }

    @Test
    void anErrorFromTheProviderIsShownAndAudited() {
        long before = lastEventId();
        // a visit to the error address that no sign-in in this browser waits for: shown, not audited (anyone could
        // fill the audit with such visits)
        OidcFlow stranger = flow();
        OidcFlow.Step shown = stranger.follow(stranger.get(app + "login/oidc/error?error=access_denied"));
        assertTrue(shown.uri().toString().endsWith("/login?oidc=provider-error"), "at " + shown.uri());
        assertEquals(0, refusalsSince(before, "access_denied"));
        OidcFlow flow = flow();
        assertEquals(302, flow.get(app + "login/oidc").status(), "a sign-in waits for the provider");
        OidcFlow.Step last = flow.follow(flow.get(app + "login/oidc/error?error=access_denied&error_description=cancelled"));
        assertTrue(last.uri().toString().endsWith("/login?oidc=provider-error"), "at " + last.uri());
        assertEquals(1, refusalsSince(before, "access_denied"));
    }

    @Test
    void logoutEndsTheProviderSessionToo() {
        OidcFlow flow = flow();
        assertEquals(200, flow.signIn("kc-editor").status());
        // the CSRF token comes with any page
        String csrf = flow.cookies.get("fc-csrf");
        assertNotNull(csrf);
        OidcFlow.Step logout = flow.post(app + "logout", java.util.Map.of("csrf", csrf));
        assertEquals(303, logout.status());
        assertTrue(logout.location().startsWith(KeycloakServer.baseUrl() + "/realms/factcheck/protocol/openid-connect/logout?"),
                logout.location());
        assertTrue(logout.location().contains("id_token_hint="), "no confirmation page: " + logout.location());
        OidcFlow.Step back = flow.follow(logout);
        assertTrue(back.uri().toString().endsWith("/login?signedout=1"), "back at " + back.uri());
        assertTrue(back.body().contains("signed out, also at Keycloak"), back.body());
        assertEquals(null, flow.cookies.get("quarkus-credential"));
        // Keycloak's session is gone: signing in again shows its login form instead of coming straight back
        flow.follow(flow.get(app + "login/oidc"));
        assertTrue(flow.onKeycloakLoginPage(), "Keycloak asks again");
    }
}
