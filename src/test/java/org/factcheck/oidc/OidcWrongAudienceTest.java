package org.factcheck.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.factcheck.user.AppUser;
import org.factcheck.user.AuthEvent;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The desk signs in as another client of the realm while it expects tokens for itself (audience factcheck-desk):
 * Keycloak's ID token names factcheck-other, quarkus-oidc refuses it, and the person lands on the login page with
 * the message, an audit line, no account and no session.
 */
@QuarkusTest
@TestProfile(OidcTestProfile.WrongAudience.class)
class OidcWrongAudienceTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        long before = QuarkusTransaction.requiringNew().call(() -> AuthEvent.<AuthEvent>find("order by id desc")
                .firstResultOptional().map(e -> e.id).orElse(0L));
        OidcFlow flow = new OidcFlow(app.toString());
        OidcFlow.Step last = flow.signIn("kc-checker");
        assertTrue(last.uri().toString().endsWith("/login?oidc=token"), "at " + last.uri() + " " + flow.steps);
        assertTrue(last.body().contains("could not be verified"), last.body());
        assertEquals(null, flow.cookies.get("quarkus-credential"));
        AuthEvent refusal = QuarkusTransaction.requiringNew().call(() -> AuthEvent.<AuthEvent>find(
                "id > ?1 and event = ?2", before, AuthEvent.LOGIN_REFUSED).firstResult());
        assertTrue(refusal != null && refusal.detail.contains("Audience (aud) claim [factcheck-other]"), "audit: "
                + (refusal == null ? null : refusal.detail));
        assertTrue(!refusal.detail.contains("kc-checker@"), "the token's claims are not copied to the audit");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> AppUser.count("oidcSubject is not null")));
    }
}
