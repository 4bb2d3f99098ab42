package org.factcheck.user;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factcheck.web.Page;
import org.factcheck.web.Problem;
import org.jboss.resteasy.reactive.RestResponse;


/** API.md: users. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    CurrentUser currentUser;
    @Inject
    UserService users;

    @GET
    @Path("/me")
    @RolesAllowed({Role.VIEWER_NAME})
    public UserView me() {
        return UserView.of(currentUser.get());
    }

    /** Password only: a stolen API token must not change the password and lock its owner out. */
    @PATCH
    @Path("/me")
    @RolesAllowed({Role.VIEWER_NAME})
    @org.factcheck.token.PasswordOnly
    public UserView updateMe(ProfileRequest request) {
        return UserView.of(users.updateProfile(currentUser.get(), request));
    }

    @GET
    @Path("/users")
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<UserView> list(
            @Parameter(description = "Part of the username or display name") @QueryParam("q") String q,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "200"))
            @QueryParam("size") @DefaultValue("50") int size) {
        Page.check(page, size);
        var query = q == null || q.isBlank() ? AppUser.<AppUser>find("order by username")
                : AppUser.<AppUser>find("lower(username) like ?1 or lower(displayName) like ?1 order by username",
                        "%" + q.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        return new Page<>(query.page(page, size).list().stream().map(UserView::of).toList(), page, size,
                query.count());
    }

    @POST
    @Path("/users")
    @RolesAllowed(Role.ADMIN_NAME)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = UserView.class)))
    public RestResponse<UserView> create(UserRequest request) {
        if (request == null) {
            throw Problem.badRequest("Send the user as JSON: username, password, displayName, roles.");
        }
        AppUser user = users.create(request);
        return RestResponse.ResponseBuilder.<UserView>created(URI.create("/api/users/" + user.id))
                .entity(UserView.of(user)).build();
    }

    @PATCH
    @Path("/users/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public UserView update(@PathParam("id") long id, UserRequest request) {
        if (request == null) {
            throw Problem.badRequest("Send the changes as JSON with the user's version.");
        }
        return UserView.of(users.update(id, request));
    }

}
