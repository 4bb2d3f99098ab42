package org.factcheck.token;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.RemoteAddress;
import org.factcheck.web.Problem;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.web.RoutingContext;

/** The profile page's API token forms: a new token is shown once, on the page that answers the form. */
@Path("/profile/tokens")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@PasswordOnly
public class TokenPages {

    @Inject
    CurrentUser currentUser;
    @Inject
    TokenService tokens;
    @Inject
    RoutingContext routing;

    @Location("token/created.html")
    Template created;
    @Location("user/profile.html")
    Template profile;

    @POST
    @RolesAllowed(Role.VIEWER_NAME)
    public Response create(@RestForm String name, @RestForm Integer expiresInDays, @RestForm String scope) {
        try {
            TokenService.Created made = tokens.create(currentUser.get(), new TokenRequest(name, expiresInDays, scope),
                    RemoteAddress.of(routing));
            // never cached: the secret is on this page only
            return Response.ok(created.data("token", TokenView.of(made.token())).data("secret", made.secret()))
                    .header("Cache-Control", "no-store").build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(profile.data("user", currentUser.get())
                    .data("problem", problem).data("saved", false)).build();
        }
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Role.VIEWER_NAME)
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(currentUser.get().id, id, currentUser.username(), RemoteAddress.of(routing));
        return Response.seeOther(URI.create("/profile#tokens")).build();
    }
}
