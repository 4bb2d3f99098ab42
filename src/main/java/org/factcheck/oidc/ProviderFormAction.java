package org.factcheck.oidc;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Logout is a form (POST /logout, CSRF) whose answer redirects to the provider's end-session endpoint; browsers hold
 * every redirect after a form submission to the page's {@code form-action}, which is {@code 'self'}. With sign-in
 * through a provider, the provider's origin (the issuer's) is allowed there too; nothing else changes in the policy.
 */
@ApplicationScoped
public class ProviderFormAction {

    static final String HEADER = "Content-Security-Policy";
    static final String SELF = "form-action 'self'";

    @Inject
    OidcSettings settings;

    void register(@Observes Filters filters) {
        if (!settings.enabled()) {
            return;
        }
        URI issuer = URI.create(settings.oidc().issuer().orElseThrow());
        String origin = issuer.getScheme() + "://" + issuer.getAuthority();
        filters.register(routing -> {
            routing.addHeadersEndHandler(end -> {
                String policy = routing.response().headers().get(HEADER);
                if (policy != null && policy.contains(SELF) && !policy.contains(SELF + " " + origin)) {
                    routing.response().headers().set(HEADER, policy.replace(SELF, SELF + " " + origin));
                }
            });
            routing.next();
        }, 900);
    }
}
