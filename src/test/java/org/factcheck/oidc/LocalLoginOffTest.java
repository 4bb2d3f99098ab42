package org.factcheck.oidc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.factcheck.user.AuthEvent;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** FACTCHECK_LOCAL_LOGIN_ENABLED=false: the form and HTTP Basic refuse a right password, and say why in the audit. */
@QuarkusTest
@TestProfile(LocalLoginOffTest.Off.class)
class LocalLoginOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factcheck.local-login.enabled", "false");
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void localPasswordsAreRefusedEverywhere() {
        String editor = fixtures.user("editor");
        given().get("/login").then().statusCode(200).body(not(containsString("j_password")))
                .body(containsString("switched off"));
        Fixtures.as(editor).get("/api/me").then().statusCode(401);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", editor).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check").then().statusCode(303).header("Location", containsString("/login"));
        long refused = QuarkusTransaction.requiringNew().call(() -> AuthEvent.count(
                "username = ?1 and event = ?2 and detail like '%switched off%'", editor, AuthEvent.LOGIN_REFUSED));
        assertEquals(2, refused);
    }
}
