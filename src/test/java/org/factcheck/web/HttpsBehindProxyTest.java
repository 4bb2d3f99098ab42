package org.factcheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Issue 18, HTTPS. The public URL of the test profile is plain http; the test profile trusts X-Forwarded-* as a
 * deployment behind a TLS proxy does. A request the proxy marks https gets Secure cookies and HSTS; a plain one
 * neither (a Secure cookie would never come back over http). {@link HttpsPublicUrlTest} covers an https public URL.
 */
@QuarkusTest
class HttpsBehindProxyTest {

    @Inject
    Fixtures fixtures;

    @Test
    void overHttpsFromTheProxyEveryCookieIsSecureAndHstsIsSent() {
        String editor = fixtures.user("editor");
        assertAllSecure(true, login(editor, "https"), "the session cookie");
        assertAllSecure(true, given().header("X-Forwarded-Proto", "https").get("/login"), "the CSRF cookie");
        assertAllSecure(true, given().redirects().follow(false).header("X-Forwarded-Proto", "https").post("/logout"),
                "the cookie that ends the session");
        given().header("X-Forwarded-Proto", "https").get("/login").then()
                .header("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void overPlainHttpNoCookieIsSecureAndNoHstsIsSent() {
        String editor = fixtures.user("editor");
        assertAllSecure(false, login(editor, "http"), "the session cookie");
        assertAllSecure(false, given().get("/login"), "the CSRF cookie");
        assertAllSecure(false, given().redirects().follow(false).post("/logout"), "the cookie that ends the session");
        given().get("/login").then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void theContentSecurityPolicyForbidsPlugins() {
        given().get("/login").then().header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }

    static Response login(String username, String proto) {
        return given().redirects().follow(false).header("X-Forwarded-Proto", proto).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check");
    }

    /** Every Set-Cookie of the answer has (or lacks) the Secure attribute; there is at least one. */
    static void assertAllSecure(boolean secure, Response response, String what) {
        List<String> cookies = response.headers().getValues("Set-Cookie");
        assertFalse(cookies.isEmpty(), what + ": the answer sets a cookie");
        for (String cookie : cookies) {
            boolean isSecure = List.of(cookie.split(";")).stream().anyMatch(a -> a.strip().equalsIgnoreCase("secure"));
            assertTrue(isSecure == secure, what + (secure ? " must be Secure: " : " must not be Secure: ") + cookie);
        }
    }
}
