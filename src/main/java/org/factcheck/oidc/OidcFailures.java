package org.factcheck.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.factcheck.web.RemoteAddress;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;

/**
 * What goes wrong on the way back from the provider, each refused with a message on the login page and a line in
 * the audit, nothing created: a state that matches no sign-in in progress (replayed or forged), a token that fails
 * verification (wrong audience, issuer, signature, nonce), a code the provider will not exchange. quarkus-oidc checks
 * them; its failures reach here because the sign-in method selects the code flow by annotation, in the REST layer.
 */
@ApplicationScoped
public class OidcFailures {

    private static final Logger LOG = Logger.getLogger(OidcFailures.class);

    @Inject
    OidcAccounts accounts;
    @Inject
    CurrentVertxRequest request;
    @Inject
    OidcSettings settings;

    public static boolean concerns(String path) {
        return path.equals(OidcTenant.PATH) || path.startsWith(OidcTenant.PATH + "/");
    }

    /** quarkus-oidc's own refusals (state mismatch, token verification, code exchange). */
    @ServerExceptionMapper
    public Uni<Response> completionFailed(AuthenticationCompletionException e) {
        if (!concerns(request.getCurrent().normalizedPath())) {
            return Uni.createFrom().item(Response.status(401).build()); // as Quarkus answers it elsewhere
        }
        String message = describe(e);
        SignInRefused.Reason reason = message.contains("State") || message.contains("state")
                ? SignInRefused.Reason.STATE : SignInRefused.Reason.TOKEN;
        return refuse(reason, message);
    }

    /**
     * No identity on the sign-in path: either the first visit, which goes to the provider (quarkus-oidc's challenge),
     * or an answer from the provider that no state cookie waits for: replayed or forged, refused.
     */
    public Uni<Response> noIdentity() {
        RoutingContext routing = request.getCurrent();
        if (!settings.enabled()) {
            return Uni.createFrom().item(OidcPages.refusedPage(SignInRefused.Reason.NOT_CONFIGURED));
        }
        if (routing.queryParams().contains("state") || routing.queryParams().contains("code")) {
            return refuse(SignInRefused.Reason.STATE,
                    "state matches no sign-in in progress in this browser (replayed or forged)");
        }
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(OidcPages.refusedPage(SignInRefused.Reason.NOT_CONFIGURED));
        }
        return authenticator.getChallenge(routing).map(OidcFailures::challenge);
    }

    /** A failed verification that quarkus-oidc reports as a plain authentication failure. */
    public Uni<Response> authenticationFailed(Throwable e) {
        if (!settings.enabled()) {
            return Uni.createFrom().item(OidcPages.refusedPage(SignInRefused.Reason.NOT_CONFIGURED));
        }
        return refuse(SignInRefused.Reason.TOKEN, describe(e));
    }

    /** Authentication fails on the event loop: the audit line is written on a worker thread. */
    private Uni<Response> refuse(SignInRefused.Reason reason, String detail) {
        LOG.infof("Sign-in through the provider refused (%s): %s", reason, detail);
        String remote = RemoteAddress.of(request.getCurrent());
        return Uni.createFrom().item(() -> {
            accounts.refuse(null, remote, "oidc: " + detail);
            return OidcPages.refusedPage(reason);
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Response challenge(ChallengeData challenge) {
        if (challenge == null) {
            return OidcPages.refusedPage(SignInRefused.Reason.NOT_CONFIGURED);
        }
        Response.ResponseBuilder answer = Response.status(challenge.status);
        challenge.getHeaders().forEach((name, value) -> answer.header(name.toString(), value));
        return answer.build();
    }

    /**
     * The messages of the failure and its causes, which say what failed (e.g. "Audience (aud) claim [x] doesn't
     * contain an acceptable identifier"), without the token's claims that jose4j quotes (names, e-mail addresses).
     */
    static String describe(Throwable e) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && parts.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                String text = t.getMessage().replaceAll("(?s)JWT \\(claims->\\{.*?\\}\\)", "JWT")
                        .strip().replaceAll("\\s+", " ");
                if (!parts.contains(text)) {
                    parts.add(text);
                }
            }
        }
        // the deepest cause is the most precise: first
        java.util.Collections.reverse(parts);
        String text = String.join("; ", parts);
        return text.isEmpty() ? e.getClass().getSimpleName() : text.length() > 480 ? text.substring(0, 480) : text;
    }
}
