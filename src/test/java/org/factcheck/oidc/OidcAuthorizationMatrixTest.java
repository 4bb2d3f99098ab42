package org.factcheck.oidc;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.factcheck.web.AuthorizationMatrixTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * AuthorizationMatrixTest's table again, as a person who signed in through Keycloak (group fact-checkers, so a
 * checker) with the session cookie that sign-in gave and the CSRF token a page gave, as a browser sends them:
 * an account from the provider is held to the same rules as a local one.
 */
@QuarkusTest
@TestProfile(OidcTestProfile.class)
class OidcAuthorizationMatrixTest {

    @TestHTTPResource("/")
    URL app;

    private static String session;
    private static String csrf;

    /** Once for all cases (RestAssured knows the port only from the first test on, not in a @BeforeAll). */
    private void signIn() {
        if (session != null) {
            return;
        }
        OidcFlow flow = new OidcFlow(app.toString());
        assertEquals(200, flow.signIn("kc-matrix").status(), "signed in: " + flow.steps);
        session = flow.cookies.get("quarkus-credential");
        csrf = flow.cookies.get("fc-csrf");
        assertEquals("[checker]", given().cookie("quarkus-credential", session).get("/api/me").then().statusCode(200)
                .extract().jsonPath().getList("roles").toString());
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (AuthorizationMatrixTest.Endpoint endpoint : AuthorizationMatrixTest.TABLE) {
            // logging out would end nothing the cookie does not carry anyway, but keep the session for the rest
            if (!endpoint.path().equals("/logout")) {
                cases.add(Arguments.of(endpoint.method() + " " + endpoint.path(), endpoint));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as a checker from the provider")
    @MethodSource("cases")
    void theProvidersCheckerGetsTheCheckersAnswer(String name, AuthorizationMatrixTest.Endpoint endpoint) {
        signIn();
        AuthorizationMatrixTest.checkAnswer(name, "checker", endpoint, given().redirects().follow(false)
                .cookie("quarkus-credential", session).cookie("fc-csrf", csrf).header("X-CSRF-Token", csrf));
    }
}
