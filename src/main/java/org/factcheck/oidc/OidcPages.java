package org.factcheck.oidc;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.factcheck.user.AppUser;
import org.factcheck.web.RemoteAddress;

import io.quarkus.oidc.AuthorizationCodeFlow;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * "Sign in with ...": {@value OidcTenant#PATH} runs the provider's code flow (quarkus-oidc, {@link OidcTenant}); when
 * it comes back verified, the person's account is found or made ({@link OidcAccounts}) and the application's session
 * starts ({@link AppSession}). Refusals land on the login page with a message ({@code /login?oidc=reason}).
 */
@Path(OidcTenant.PATH)
@Produces(MediaType.TEXT_HTML)
public class OidcPages {

    @Inject
    OidcSettings settings;
    @Inject
    OidcAccounts accounts;
    @Inject
    AppSession session;
    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentVertxRequest request;
    @Inject
    OidcSession oidcSession;

    /**
     * Reached only with a verified ID token: the code flow is this method's only mechanism (annotation-based
     * selection, which needs proactive authentication off, as it is), and it requires an identity, so a first visit
     * goes to the provider and every failure of quarkus-oidc reaches the REST layer ({@link OidcFailures}).
     */
    @GET
    @AuthorizationCodeFlow
    @Authenticated
    public Response signIn() {
        if (!settings.enabled() || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return Response.seeOther(URI.create("/login?oidc=" + key(SignInRefused.Reason.NOT_CONFIGURED))).build();
        }
        RoutingContext routing = request.getCurrent();
        // quarkus-oidc's own session is not needed past this point: the application's session takes over
        oidcSession.logout().await().indefinitely();
        ProviderAccount account = new ProviderAccount(idToken.getIssuer(), idToken.getSubject(),
                stringClaim(idToken, settings.oidc().usernameClaim()), displayName(idToken),
                groups(idToken, settings.oidc().groupsClaim()));
        AppUser user;
        try {
            user = accounts.signIn(account, RemoteAddress.of(routing));
        } catch (SignInRefused refused) {
            return refusedPage(refused.reason());
        }
        session.start(user.username, routing);
        OidcConfigurationMetadata metadata = identity.getAttribute(OidcUtils.CONFIG_METADATA_ATTRIBUTE);
        if (metadata != null && metadata.getEndSessionUri() != null) {
            session.rememberLogout(metadata.getEndSessionUri(), settings.oidc().clientId().orElseThrow(),
                    idToken.getRawToken(), routing);
        }
        return Response.seeOther(URI.create("/")).build();
    }

    /** quarkus-oidc sends the provider's error answer here (authentication.error-path). */
    @GET
    @Path("error")
    @PermitAll
    public Response providerError(@QueryParam("error") String error,
            @QueryParam("error_description") String description) {
        RoutingContext routing = request.getCurrent();
        // audited only when a sign-in in this browser waits for the provider (quarkus-oidc's state cookie): this
        // address is public, and anyone could otherwise fill the audit with visits
        if (routing.request().cookies().stream().anyMatch(c -> c.getName().startsWith("q_auth"))) {
            accounts.refuse(null, RemoteAddress.of(routing), "oidc: the provider answered " + (error == null ? "an error"
                    : error) + (description == null ? "" : ": " + description));
        }
        return refusedPage(SignInRefused.Reason.PROVIDER_ERROR);
    }

    static Response refusedPage(SignInRefused.Reason reason) {
        return Response.seeOther(URI.create("/login?oidc=" + key(reason))).build();
    }

    static String key(SignInRefused.Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String displayName(JsonWebToken token) {
        String name = stringClaim(token, "name");
        if (name == null || name.isBlank()) {
            String given = stringClaim(token, "given_name");
            String family = stringClaim(token, "family_name");
            name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        return name;
    }

    private static String stringClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value == null ? null : value.toString();
    }

    /**
     * The groups or roles in the configured claim: a list, or one string with names separated by spaces or commas;
     * a path such as realm_access/roles reaches into nested objects (Keycloak's realm roles).
     */
    static List<String> groups(JsonWebToken token, String claimPath) {
        String[] steps = claimPath.split("/");
        Object value = token.getClaim(steps[0]);
        for (int i = 1; i < steps.length && value != null; i++) {
            value = value instanceof JsonObject object ? object.get(steps[i]) : null;
        }
        List<String> groups = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                groups.add(item instanceof JsonString s ? s.getString() : item.toString());
            }
        } else if (value instanceof Iterable<?> list) {
            list.forEach(item -> groups.add(String.valueOf(item)));
        } else if (value instanceof JsonString s) {
            groups.addAll(List.of(s.getString().split("[\\s,]+")));
        } else if (value != null) {
            groups.addAll(List.of(value.toString().split("[\\s,]+")));
        }
        groups.removeIf(String::isBlank);
        return groups;
    }
}
