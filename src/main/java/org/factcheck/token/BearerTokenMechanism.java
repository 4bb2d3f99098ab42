package org.factcheck.token;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factcheck.user.AppUser;
import org.factcheck.user.UserIdentityProvider;
import org.factcheck.web.RemoteAddress;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code Authorization: Bearer fct_…} on {@code /api} (elsewhere ignored): the token's owner, with their roles.
 * Tried before the form cookie and HTTP Basic; a request without a Bearer header is left to them. The identity
 * carries {@link #TOKEN_ATTRIBUTE}, so other code can tell a token's request ({@link PasswordOnly} reads the header).
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    public static final String TOKEN_ATTRIBUTE = "factcheck.api-token";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String secret = bearer(context.request().getHeader("Authorization"));
        if (secret == null || !context.normalizedPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem(); // pages are for people: there a token counts for nothing
        }
        ApiTokenRequest request = new ApiTokenRequest(secret, context.request().method().name());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request);
    }

    /** The token after "Bearer ", or null when the header is something else (Basic, none). */
    public static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        // the 401 and its WWW-Authenticate come from web/ProblemMapper (AuthRefusal)
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenRequest.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    /** Our own request type, so no other identity provider (e.g. an OIDC one for JWTs) is asked about it. */
    public static class ApiTokenRequest extends BaseAuthenticationRequest {
        final String secret;
        final String method;

        ApiTokenRequest(String secret, String method) {
            this.secret = secret;
            this.method = method;
        }
    }

    @ApplicationScoped
    public static class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {

        @Inject
        TokenService tokens;

        @Override
        public Class<ApiTokenRequest> getRequestType() {
            return ApiTokenRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            String remote = RemoteAddress.of(routing);
            return context.runBlocking(() -> {
                AppUser owner = tokens.authenticate(request.secret, request.method, remote);
                return UserIdentityProvider.identityBuilder(owner).addAttribute(TOKEN_ATTRIBUTE, Boolean.TRUE)
                        .build();
            });
        }
    }
}
