package org.factcheck.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Between the password and the code of a two-factor login the browser holds a short-lived, signed "password
 * verified" cookie: the username, when it runs out, whether the last code was wrong, and a fingerprint of the
 * password hash (a password change ends it). Not the password. Signed with a key derived from the session key,
 * so any instance accepts it, as sessions.
 */
@ApplicationScoped
public class LoginStep {

    public static final String COOKIE = "fc-2fa";
    static final Duration LIFETIME = Duration.ofMinutes(5);

    /** A valid marker: whose password was verified, and whether a wrong code was typed since. */
    public record Marker(String username, boolean wrongCode, long expires) {
    }

    private final SecretKeySpec key;

    LoginStep(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("factcheck two-factor login step\u0000"
                    + sessionKey.orElse("")).getBytes(StandardCharsets.UTF_8));
            key = new SecretKeySpec(digest, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After the right password: the browser is asked for the code. */
    public void issue(RoutingContext routing, String username, String passwordHash, boolean wrongCode, long expires) {
        String payload = username + "|" + expires + "|" + (wrongCode ? 1 : 0) + "|" + fingerprint(passwordHash);
        String value = b64(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64(sign(payload));
        routing.response().addCookie(Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL())
                .setMaxAge(LIFETIME.toSeconds()));
    }

    public void issue(RoutingContext routing, String username, String passwordHash) {
        issue(routing, username, passwordHash, false, Instant.now().plus(LIFETIME).getEpochSecond());
    }

    public void clear(RoutingContext routing) {
        routing.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true));
    }

    /** The marker the browser sent, if it is genuine and not run out ({@code passwordHash} null: not checked). */
    public Optional<Marker> read(RoutingContext routing, String passwordHash) {
        Cookie cookie = routing == null ? null : routing.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().indexOf('.') < 0) {
            return Optional.empty();
        }
        String[] parts = cookie.getValue().split("\\.", 2);
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(sign(payload), Base64.getUrlDecoder().decode(parts[1]))) {
                return Optional.empty();
            }
            String[] fields = payload.split("\\|");
            long expires = Long.parseLong(fields[1]);
            if (fields.length != 4 || expires < Instant.now().getEpochSecond()
                    || passwordHash != null && !fields[3].equals(fingerprint(passwordHash))) {
                return Optional.empty();
            }
            return Optional.of(new Marker(fields[0], fields[2].equals("1"), expires));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fingerprint(String passwordHash) {
        try {
            return b64(MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
