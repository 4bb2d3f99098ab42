package org.factcheck.user;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factcheck.twofactor.LoginStep;
import org.factcheck.twofactor.TwoFactorPolicy;
import org.factcheck.twofactor.TwoFactorService;
import org.factcheck.web.AuthRefusal;
import org.factcheck.web.RemoteAddress;
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

/**
 * Form login and HTTP Basic: checks the password through {@link LoginGuard} (throttling, audit). An account with
 * two-factor sign-in logs in with the form in two steps (password, then code: {@link LoginStep}) and is refused
 * HTTP Basic (API tokens instead).
 */
@ApplicationScoped
public class UserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Set on identities that must set up two-factor sign-in before anything else (twofactor/EnrolmentGate). */
    public static final String ENROL_FIRST = "factcheck.enrol-first";
    /** The optional code field of the login form's second step. */
    public static final String CODE_FIELD = "j_code";

    @Inject
    LoginGuard guard;
    @Inject
    TwoFactorService twoFactor;
    @Inject
    TwoFactorPolicy policy;
    @Inject
    LoginStep loginStep;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String remote = RemoteAddress.of(routing);
        // HTTP Basic authenticates every API call: only form logins are worth a "login" line in the audit
        boolean formLogin = routing != null && routing.normalizedPath().endsWith("/j_security_check");
        // read before any resource, so not checked at the edge: a name PostgreSQL cannot store fails like any unknown one
        String username = StorableText.printable(request.getUsername().strip().toLowerCase(Locale.ROOT));
        String password = new String(request.getPassword().getPassword());
        String code = formLogin ? routing.request().getFormAttribute(CODE_FIELD) : null;
        return context.runBlocking(() -> {
            if (code != null && password.isEmpty()) {
                return secondStep(routing, username, code, remote);
            }
            AppUser user = guard.verify(username, password, remote, formLogin);
            if (user == null) {
                if (formLogin) {
                    loginStep.clear(routing); // a code step left over from an earlier attempt ends here
                }
                throw new AuthenticationFailedException("wrong credentials, unknown, locked or deactivated account");
            }
            if (user.twoFactorEnabled()) {
                if (!formLogin) {
                    // GitHub's rule: a password alone is not enough for this account, so scripts use API tokens
                    QuarkusTransaction.requiringNew().run(() -> AuthEvent.record(username, AuthEvent.LOGIN_REFUSED,
                            remote, "HTTP Basic on an account with two-factor sign-in"));
                    throw AuthRefusal.of(401, "This account signs in with two factors, so HTTP Basic is not accepted: "
                            + "use a personal API token (Authorization: Bearer), made on your profile page.",
                            "Bearer");
                }
                loginStep.issue(routing, user.username, user.passwordHash);
                throw new AuthenticationFailedException("password right; the two-factor code comes next");
            }
            return identity(user);
        });
    }

    /** The code of a two-factor login, after the password was verified (the signed {@link LoginStep} cookie). */
    private SecurityIdentity secondStep(RoutingContext routing, String username, String code, String remote) {
        AppUser user = QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findByUsername(username).filter(u -> u.active).orElse(null));
        LoginStep.Marker marker = user == null || !user.twoFactorEnabled() ? null
                : loginStep.read(routing, user.passwordHash).filter(m -> m.username().equals(username)).orElse(null);
        if (marker == null || guard.locked(username, remote)) {
            loginStep.clear(routing); // back to the password
            throw new AuthenticationFailedException("no verified password, or the account is locked");
        }
        String how = twoFactor.verify(user, code, remote);
        if (how == null) {
            twoFactor.codeFailed(username, remote, "at login");
            loginStep.issue(routing, username, user.passwordHash, true, marker.expires());
            throw new AuthenticationFailedException("wrong two-factor code");
        }
        loginStep.clear(routing);
        guard.recordLogin(username, remote, "with a two-factor " + how);
        return identity(user);
    }

    private SecurityIdentity identity(AppUser user) {
        return identity(user, policy);
    }

    /** With {@link #ENROL_FIRST} when the admins' requirement applies to this user and they have not set it up. */
    static SecurityIdentity identity(AppUser user, TwoFactorPolicy policy) {
        QuarkusSecurityIdentity.Builder builder = identityBuilder(user);
        if (policy.mustEnrol(user)) {
            builder.addAttribute(ENROL_FIRST, Boolean.TRUE);
        }
        return builder.build();
    }

    /** The identity of {@code user}, to which other ways in (API tokens) add their attributes. */
    public static QuarkusSecurityIdentity.Builder identityBuilder(AppUser user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username));
        for (Role held : user.roleSet()) {
            for (Role included : Role.values()) {
                if (held.includes(included)) {
                    builder.addRole(included.key());
                }
            }
        }
        return builder;
    }

    /** Session cookies: the user must still exist and be active, whatever the cookie says. */
    @ApplicationScoped
    public static class SessionIdentityProvider
            implements IdentityProvider<io.quarkus.security.identity.request.TrustedAuthenticationRequest> {

        @Inject
        TwoFactorPolicy policy;

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
                return identity(user, policy);
            });
        }
    }
}
