package org.factcheck.user;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factcheck.web.StorableText;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** Form login and HTTP Basic: checks the password through {@link LoginGuard} (throttling, audit). */
@ApplicationScoped
public class UserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    LoginGuard guard;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String remote = routing == null || routing.request().remoteAddress() == null ? null
                : routing.request().remoteAddress().hostAddress();
        // HTTP Basic authenticates every API call: only form logins are worth a "login" line in the audit
        boolean formLogin = routing != null && routing.normalizedPath().endsWith("/j_security_check");
        // read before any resource, so not checked at the edge: a name PostgreSQL cannot store fails like any unknown one
        String username = StorableText.printable(request.getUsername().strip().toLowerCase(Locale.ROOT));
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> {
            AppUser user = guard.verify(username, password, remote, formLogin);
            if (user == null) {
                throw new AuthenticationFailedException("wrong credentials, unknown, locked or deactivated account");
            }
            return identityOf(user);
        });
    }

    /** The roles a user holds, each with the roles it includes (API.md: an editor may do what a checker may). */
    static SecurityIdentity identityOf(AppUser user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username));
        for (Role held : user.roleSet()) {
            for (Role included : Role.values()) {
                if (held.includes(included)) {
                    builder.addRole(included.key());
                }
            }
        }
        return builder.build();
    }

    /** Session cookies: the user must still exist and be active, whatever the cookie says. */
    @ApplicationScoped
    public static class SessionIdentityProvider
            implements IdentityProvider<io.quarkus.security.identity.request.TrustedAuthenticationRequest> {

        @Override
        public Class<io.quarkus.security.identity.request.TrustedAuthenticationRequest> getRequestType() {
            return io.quarkus.security.identity.request.TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(io.quarkus.security.identity.request.TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                AppUser user = QuarkusTransaction.requiringNew()
                        .call(() -> AppUser.findByUsername(request.getPrincipal()).filter(u -> u.active).orElse(null));
                if (user == null) {
                    throw new AuthenticationFailedException("account missing or deactivated");
                }
                return identityOf(user);
            });
        }
    }
}
