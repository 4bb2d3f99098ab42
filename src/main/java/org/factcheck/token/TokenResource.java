package org.factcheck.token;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.RemoteAddress;
import org.jboss.resteasy.reactive.RestResponse;

import io.vertx.ext.web.RoutingContext;

/**
 * The caller's own API tokens, and admins' view of anyone's (docs/security.md). Password only: a token cannot
 * list, make or revoke tokens.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PasswordOnly
public class TokenResource {

    @Inject
    CurrentUser currentUser;
    @Inject
    TokenService tokens;
    @Inject
    RoutingContext routing;

    @GET
    @Path("/me/tokens")
    @RolesAllowed(Role.VIEWER_NAME)
    public List<TokenView> list() {
        return tokens.list(currentUser.get()).stream().map(TokenView::of).toList();
    }

    @POST
    @Path("/me/tokens")
    @RolesAllowed(Role.VIEWER_NAME)
    @APIResponse(responseCode = "201", description = "Created; the token is in the answer and never again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreatedToken.class)))
    public RestResponse<CreatedToken> create(TokenRequest request) {
        TokenService.Created created = tokens.create(currentUser.get(), request, RemoteAddress.of(routing));
        return RestResponse.ResponseBuilder.<CreatedToken>created(URI.create("/api/me/tokens/" + created.token().id))
                .entity(new CreatedToken(created.secret(), TokenView.of(created.token()))).build();
    }

    @DELETE
    @Path("/me/tokens/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    public TokenView revoke(@PathParam("id") long id) {
        return TokenView.of(tokens.revoke(currentUser.get().id, id, currentUser.username(),
                RemoteAddress.of(routing)));
    }

    /** Admins see anyone's tokens (never the secrets), e.g. to revoke one that leaked. */
    @GET
    @Path("/users/{userId}/tokens")
    @RolesAllowed(Role.ADMIN_NAME)
    public List<TokenView> listOf(@PathParam("userId") long userId) {
        return tokens.listOf(userId).stream().map(TokenView::of).toList();
    }

    @DELETE
    @Path("/users/{userId}/tokens/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public TokenView revokeOf(@PathParam("userId") long userId, @PathParam("id") long id) {
        return TokenView.of(tokens.revoke(userId, id, currentUser.username(), RemoteAddress.of(routing)));
    }

}
