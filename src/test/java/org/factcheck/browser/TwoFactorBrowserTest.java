package org.factcheck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.commons.codec.binary.Base32;
import org.factcheck.testsupport.Fixtures;
import org.factcheck.twofactor.TotpSecrets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A checker sets up two-factor sign-in from the profile (the QR code is an image the strict CSP lets through), keeps
 * the recovery codes, logs out, and logs in again with the password and then a code from the "app" (computed here
 * from the secret shown on the page, as an authenticator app would).
 */
@QuarkusTest
class TwoFactorBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;
    @Inject
    TotpSecrets totp;

    @Test
    void setUpFromTheProfileThenLogInWithACode() {
        String user = fixtures.user("checker");
        try (Browser browser = new Browser(base.toString())) {
            browser.login(user, Fixtures.PASSWORD);
            browser.open("/profile");
            browser.driver.findElement(By.cssSelector("#two-factor-link a")).click();
            browser.driver.findElement(By.id("two-factor-start")).click();
            WebElement qr = browser.wait.until(d -> d.findElement(By.id("totp-qr")));
            Number width = (Number) ((JavascriptExecutor) browser.driver)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth", qr);
            assertTrue(width.intValue() > 0, "the QR code is drawn: the CSP allows its data: address");
            byte[] secret = new Base32().decode(browser.driver.findElement(By.id("totp-secret")).getText());
            long step = TotpSecrets.stepAt(Instant.now());
            browser.driver.findElement(By.id("totp-code")).sendKeys(totp.code(secret, step));
            browser.screenshot("two-factor-set-up");
            browser.driver.findElement(By.cssSelector("form[action='/profile/two-factor/confirm'] button")).click();
            List<WebElement> codes = browser.wait.until(d -> d.findElements(By.cssSelector("#recovery-codes li")));
            assertEquals(10, codes.size());
            browser.driver.findElement(By.id("recovery-done")).click();
            assertTrue(browser.driver.findElement(By.id("two-factor-status")).getText().contains("On since"));

            browser.driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/login"));
            browser.open("/login");
            browser.driver.findElement(By.id("j_username")).sendKeys(user);
            browser.driver.findElement(By.id("j_password")).sendKeys(Fixtures.PASSWORD);
            browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement code = browser.wait.until(d -> d.findElement(By.id("j_code")));
            code.sendKeys(totp.code(secret, step + 1)); // the set-up's code is spent; the next step's is in the window
            browser.screenshot("two-factor-login-code");
            browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
            browser.wait.until(d -> !d.getCurrentUrl().contains("/login"));
            browser.open("/profile");
            assertTrue(browser.driver.getPageSource().contains(user), "logged in");
        }
    }
}
