package org.factcheck.oidc;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;

/**
 * After a sign-in through the provider, the same session as a form login: Quarkus's own encrypted
 * {@code quarkus-credential} cookie, made with the same key and settings (quarkus.http.auth.form.*, FACTCHECK_SESSION_KEY),
 * so every instance accepts it and the user's roles are read from the database on every request as for anyone.
 * A second cookie, encrypted the same way and sent only to /logout, keeps what RP-initiated logout needs: the
 * provider's end-session address and the ID token as the hint.
 */
@ApplicationScoped
public class AppSession {

    static final String LOGOUT_COOKIE = "fc-oidc-logout";
    /** Past this the ID token is left out of the logout cookie (the provider then asks the person to confirm). */
    private static final int MAX_HINT_CHARS = 2500;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> key;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String cookieName;
    @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M")
    Duration timeout;
    @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval", defaultValue = "PT1M")
    Duration newCookieInterval;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site", defaultValue = "lax")
    String sameSite;

    private PersistentLoginManager session;
    private PersistentLoginManager logout;

    @PostConstruct
    void init() {
        String secret = key.orElseThrow(() -> new IllegalStateException("FACTCHECK_SESSION_KEY is not set"));
        session = new PersistentLoginManager(secret, cookieName, timeout.toMillis(), newCookieInterval.toMillis(), true,
                sameSite.toUpperCase(java.util.Locale.ROOT), "/", -1, null);
        // lives as long as the provider's session may: a logout later than that needs no hint
        logout = new PersistentLoginManager(secret, LOGOUT_COOKIE, Duration.ofDays(1).toMillis(), Long.MAX_VALUE, true,
                "LAX", "/logout", -1, null);
    }

    public void start(String username, RoutingContext routing) {
        session.save(username, routing, cookieName, null, routing.request().isSSL());
    }

    /** Remembers where and how to end the provider's session at logout. */
    public void rememberLogout(String endSessionUri, String clientId, String idToken, RoutingContext routing) {
        String hint = idToken == null || idToken.length() > MAX_HINT_CHARS ? "" : idToken;
        logout.save(endSessionUri + "\n" + clientId + "\n" + hint, routing, LOGOUT_COOKIE, null,
                routing.request().isSSL());
    }

    /**
     * The provider's end-session address with the ID token hint and where to come back to, or empty for a local
     * account; forgets the cookie either way.
     */
    public Optional<URI> endProviderSession(RoutingContext routing, String returnTo) {
        PersistentLoginManager.RestoreResult saved = logout.restore(routing);
        io.vertx.core.http.Cookie sent = routing.request().getCookie(LOGOUT_COOKIE);
        if (sent != null) {
            sent.setPath("/logout"); // as PersistentLoginManager.clear: the removal must name the cookie's path
            routing.response().removeCookie(LOGOUT_COOKIE);
        }
        if (saved == null) {
            return Optional.empty();
        }
        String[] parts = saved.getPrincipal().split("\n", -1);
        if (parts.length != 3 || parts[0].isBlank()) {
            return Optional.empty();
        }
        StringBuilder uri = new StringBuilder(parts[0]).append(parts[0].contains("?") ? '&' : '?')
                .append("client_id=").append(encode(parts[1]))
                .append("&post_logout_redirect_uri=").append(encode(returnTo));
        if (!parts[2].isEmpty()) {
            uri.append("&id_token_hint=").append(encode(parts[2]));
        }
        return Optional.of(URI.create(uri.toString()));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
