package org.factcheck.web;

import static io.restassured.RestAssured.given;
import static org.factcheck.web.HttpsBehindProxyTest.assertAllSecure;
import static org.factcheck.web.HttpsBehindProxyTest.login;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Issue 18, HTTPS: with an https public URL every cookie is Secure and HSTS is sent even when the proxy forwards no
 * X-Forwarded-Proto (or is not trusted): the application knows it is only reached over https.
 */
@QuarkusTest
@TestProfile(HttpsPublicUrlTest.PublicHttps.class)
class HttpsPublicUrlTest {

    public static class PublicHttps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factcheck.public-url", "https://desk.example.org",
                    "quarkus.http.proxy.proxy-address-forwarding", "false",
                    "quarkus.http.proxy.allow-x-forwarded", "false");
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void everyCookieIsSecureAndHstsIsSentWithoutAnyProxyHeader() {
        String editor = fixtures.user("editor");
        assertAllSecure(true, login(editor, "http"), "the session cookie");
        assertAllSecure(true, given().get("/login"), "the CSRF cookie");
        assertAllSecure(true, given().redirects().follow(false).post("/logout"), "the cookie that ends the session");
        given().get("/login").then().header("Strict-Transport-Security", "max-age=31536000");
        given().get("/api/me").then().statusCode(401).header("Strict-Transport-Security", "max-age=31536000");
    }
}
