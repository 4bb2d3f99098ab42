package org.factcheck.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.factcheck.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A person signs in through Keycloak's own login page in Chromium, lands on the dashboard with the role their
 * group maps to, logs out, and is logged out of Keycloak too: "Sign in with Keycloak" asks for the password again.
 */
@QuarkusTest
@TestProfile(OidcTestProfile.class)
class OidcBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void signInThroughKeycloakThenLogOutOfBoth() {
        try (Browser browser = new Browser(app.toString())) {
            WebDriverWait slow = new WebDriverWait(browser.driver, Duration.ofSeconds(40));
            browser.open("/login");
            assertEquals("Sign in with Keycloak", browser.driver.findElement(By.id("oidc-sign-in")).getText());
            browser.screenshot("oidc-login-page");
            browser.driver.findElement(By.id("oidc-sign-in")).click();
            // Keycloak's own page
            slow.until(d -> d.getCurrentUrl().startsWith(KeycloakServer.baseUrl()));
            slow.until(d -> !d.findElements(By.id("kc-form-login")).isEmpty());
            browser.screenshot("oidc-keycloak-login");
            browser.driver.findElement(By.id("username")).sendKeys("kc-browser");
            browser.driver.findElement(By.id("password")).sendKeys(KeycloakServer.USER_PASSWORD);
            browser.driver.findElement(By.id("kc-login")).click();

            slow.until(d -> d.getCurrentUrl().equals(app.toString()));
            String role = browser.driver.findElement(By.id("my-role")).getText();
            assertEquals("editor", role, "desk-editors maps to editor");
            assertTrue(browser.driver.findElement(By.cssSelector(".who a[href='/profile']")).getText()
                    .contains("Basma Browser"));
            // an editor's menu
            assertTrue(!browser.driver.findElements(By.cssSelector("a[href='/articles/new']")).isEmpty());
            browser.screenshot("oidc-dashboard");

            browser.driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
            // through Keycloak's end-session endpoint and back; Keycloak shares two cores with the build: be patient
            try {
                slow.until(d -> d.getCurrentUrl().startsWith(app + "login?signedout"));
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("oidc-logout-stuck");
                throw new AssertionError("logout stopped at " + browser.driver.getCurrentUrl(), e);
            }
            assertTrue(browser.driver.findElement(By.id("signed-out")).getText().contains("Keycloak"));

            browser.open("/");
            browser.wait.until(d -> d.getCurrentUrl().startsWith(app + "login"));
            browser.driver.findElement(By.id("oidc-sign-in")).click();
            slow.until(d -> d.getCurrentUrl().startsWith(KeycloakServer.baseUrl()));
            slow.until(d -> !d.findElements(By.id("kc-form-login")).isEmpty());
            browser.screenshot("oidc-keycloak-asks-again");
        }
    }
}
