package org.factcheck.oidc;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.factcheck.config.FactcheckConfig;
import org.factcheck.user.Role;

import io.quarkus.runtime.StartupEvent;

/** The provider's settings as the rest of the feature reads them; checked at start so a typo stops the start. */
@ApplicationScoped
public class OidcSettings {

    @Inject
    FactcheckConfig config;

    private RoleMapping mapping;

    void check(@Observes StartupEvent event) {
        mapping();
        Role.of(config.oidc().defaultRole());
        if (config.oidc().issuer().isPresent() != config.oidc().clientId().isPresent()) {
            throw new IllegalStateException("OpenID Connect needs both FACTCHECK_OIDC_ISSUER and "
                    + "FACTCHECK_OIDC_CLIENT_ID (or neither).");
        }
    }

    /** Sign-in through the provider is offered only when an issuer and a client id are configured. */
    public boolean enabled() {
        return config.oidc().issuer().filter(s -> !s.isBlank()).isPresent()
                && config.oidc().clientId().filter(s -> !s.isBlank()).isPresent();
    }

    public FactcheckConfig.Oidc oidc() {
        return config.oidc();
    }

    public String audience() {
        return config.oidc().audience().filter(s -> !s.isBlank()).orElseGet(() -> config.oidc().clientId().orElseThrow());
    }

    public Optional<String> clientSecret() {
        return config.oidc().clientSecret().filter(s -> !s.isBlank());
    }

    public RoleMapping mapping() {
        if (mapping == null) {
            mapping = RoleMapping.parse(config.oidc().roleMapping().orElse(null));
        }
        return mapping;
    }

    public Role defaultRole() {
        return Role.of(config.oidc().defaultRole());
    }

    public boolean localLoginEnabled() {
        return config.localLogin().enabled();
    }
}
