package org.factcheck.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.OidcTenantConfig.TokenStateManager.Strategy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The provider as a quarkus-oidc tenant that exists only on {@value #PATH} (and below): the authorization-code flow
 * with PKCE, state and nonce checked by quarkus-oidc, the ID token's audience verified. Everywhere else the default
 * tenant, switched off in application.properties, answers nothing, so form login, HTTP Basic and the session cookie
 * work as before. quarkus-oidc's own cookies are confined to {@value #PATH}; after the sign-in the application's own
 * session cookie takes over ({@link OidcPages}).
 */
@ApplicationScoped
public class OidcTenant implements TenantConfigResolver {

    public static final String PATH = "/login/oidc";
    public static final String ERROR_PATH = PATH + "/error";
    static final String TENANT_ID = "provider";

    @Inject
    OidcSettings settings;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;

    private volatile OidcTenantConfig tenant;

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext routing, OidcRequestContext<OidcTenantConfig> context) {
        String path = routing.normalizedPath();
        if (!settings.enabled() || !(path.equals(PATH) || path.startsWith(PATH + "/"))) {
            return Uni.createFrom().nullItem();
        }
        if (tenant == null) {
            tenant = build();
        }
        return Uni.createFrom().item(tenant);
    }

    private OidcTenantConfig build() {
        var oidc = settings.oidc();
        List<String> scopes = oidc.scopes().stream().map(String::strip).filter(s -> !s.isEmpty() && !s.equals("openid"))
                .toList();
        var builder = OidcTenantConfig.builder()
                .tenantId(TENANT_ID)
                .authServerUrl(oidc.issuer().orElseThrow())
                .clientId(oidc.clientId().orElseThrow())
                .applicationType(ApplicationType.WEB_APP)
                .authentication()
                    .redirectPath(PATH)
                    .errorPath(ERROR_PATH)
                    .cookiePath(PATH)
                    .scopes(scopes)
                    .pkceRequired(true)
                    .nonceRequired(true)
                    .failOnMissingStateParam(true)
                    .restorePathAfterRedirect(false)
                    .removeRedirectParameters(true)
                    // any instance may receive the provider's answer: the state cookie's key is shared, not random
                    .stateSecret(derivedSecret("oidc-state"))
                    .end()
                .token()
                    .audience(settings.audience())
                    .end()
                .tokenStateManager()
                    .strategy(Strategy.ID_TOKEN)
                    .encryptionSecret(derivedSecret("oidc-session"))
                    .end();
        settings.clientSecret().ifPresent(secret -> builder.credentials(secret));
        return builder.build();
    }

    /** A per-purpose secret from the session key, which every instance shares (README: FACTCHECK_SESSION_KEY). */
    private String derivedSecret(String purpose) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(purpose.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(sessionKey.orElse("").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
