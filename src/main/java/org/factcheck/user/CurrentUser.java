package org.factcheck.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The logged-in person as an entity, looked up once per request; templates reach it as {@code inject:me}. */
@Named("me")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private AppUser user;

    public AppUser get() {
        if (user == null) {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            user = AppUser.findByUsername(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
        }
        return user;
    }

    public boolean loggedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public String displayName() {
        return loggedIn() ? get().displayName : null;
    }

    /** The highest role held (shown next to the name in the top bar). */
    public String role() {
        for (int i = Role.values().length - 1; i >= 0; i--) {
            if (can(Role.values()[i].key())) {
                return Role.values()[i].key();
            }
        }
        return Role.VIEWER.key();
    }

    public boolean can(String role) {
        return identity.hasRole(role);
    }

    public boolean isChecker() {
        return can(Role.CHECKER_NAME);
    }

    public boolean isEditor() {
        return can(Role.EDITOR_NAME);
    }

    public boolean isAdmin() {
        return can(Role.ADMIN_NAME);
    }
}
