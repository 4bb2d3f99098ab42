package org.factcheck.user;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Runs on every authenticated request, whether by form cookie or HTTP Basic: a deactivated user is refused at
 * once (even with a session cookie issued earlier), and each role brings the roles it includes (API.md: an editor
 * may do everything a checker may).
 */
@ApplicationScoped
public class RoleAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            String username = identity.getPrincipal().getName();
            AppUser user = QuarkusTransaction.requiringNew()
                    .call(() -> AppUser.findByUsername(username).orElse(null));
            if (user == null || !user.active) {
                throw new AuthenticationFailedException("account missing or deactivated");
            }
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
            for (Role held : user.roleSet()) {
                for (Role included : Role.values()) {
                    if (held.includes(included)) {
                        builder.addRole(included.key());
                    }
                }
            }
            return builder.build();
        });
    }
}
