package org.factcheck.twofactor;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.factcheck.user.UserIdentityProvider;
import org.factcheck.web.Problem;
import org.factcheck.web.ProblemBody;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * When an admin requires two factors for editors and admins, such a user who has not set it up may do nothing but
 * set it up (or log out): pages send them to /profile/two-factor, the API answers 403 saying so.
 */
public class EnrolmentGate {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> gate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        // the identity providers decide (ENROL_FIRST) with the current setting; anonymous requests pass at once
        boolean credentials = request.getHeaderString("Authorization") != null
                || request.getCookies().containsKey("quarkus-credential");
        if (!credentials || path.startsWith("/profile/two-factor")
                || path.startsWith("/api/me/two-factor") || path.startsWith("/login") || path.equals("/logout")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (!Boolean.TRUE.equals(identity.getAttribute(UserIdentityProvider.ENROL_FIRST))) {
                return null;
            }
            if (path.startsWith("/api/")) {
                Problem problem = Problem.forbidden("Two-factor sign-in is required for editors and admins: set it "
                        + "up first (POST /api/me/two-factor, or /profile/two-factor on the web).");
                return Response.status(403).type(ProblemBody.MEDIA_TYPE).entity(ProblemBody.of(problem)).build();
            }
            return Response.seeOther(URI.create("/profile/two-factor")).build();
        }).onFailure().recoverWithNull(); // a failed login is answered where it always is
    }
}
