package org.factcheck.twofactor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factcheck.token.PasswordOnly;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;
import org.factcheck.web.RemoteAddress;

import io.vertx.ext.web.RoutingContext;

/**
 * Two-factor sign-in over the API (docs/security.md), for the caller's own account, and the admins' requirement.
 * Password only: an API token can neither turn it off nor change the requirement.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PasswordOnly
public class TwoFactorResource {

    @Inject
    CurrentUser currentUser;
    @Inject
    TwoFactorService twoFactor;
    @Inject
    TwoFactorPolicy policy;
    @Inject
    RoutingContext routing;

    @GET
    @Path("/me/two-factor")
    @RolesAllowed(Role.VIEWER_NAME)
    public TwoFactorStatus status() {
        return twoFactor.status(currentUser.get());
    }

    /** Starts (or starts again) the set-up: a new secret, to confirm with a code from the app. */
    @POST
    @Path("/me/two-factor")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Role.VIEWER_NAME)
    public TwoFactorService.Enrolment start() {
        return twoFactor.start(currentUser.get());
    }

    @POST
    @Path("/me/two-factor/confirm")
    @RolesAllowed(Role.VIEWER_NAME)
    public RecoveryCodes confirm(TwoFactorRequest request) {
        return new RecoveryCodes(twoFactor.confirm(currentUser.get(), request == null ? null : request.code(),
                RemoteAddress.of(routing)));
    }

    @POST
    @Path("/me/two-factor/disable")
    @RolesAllowed(Role.VIEWER_NAME)
    public TwoFactorStatus disable(TwoFactorRequest request) {
        if (request == null) {
            throw Problem.badRequest("Send your password and a code: {\"password\", \"code\"}.");
        }
        twoFactor.disable(currentUser.get(), request.password(), request.code(), RemoteAddress.of(routing));
        return twoFactor.status(currentUser.get());
    }

    /** New recovery codes in place of all the old ones, shown this once. */
    @POST
    @Path("/me/two-factor/recovery-codes")
    @RolesAllowed(Role.VIEWER_NAME)
    public RecoveryCodes renewRecoveryCodes(TwoFactorRequest request) {
        if (request == null) {
            throw Problem.badRequest("Send your password and a code: {\"password\", \"code\"}.");
        }
        return new RecoveryCodes(twoFactor.renewRecoveryCodes(currentUser.get(), request.password(), request.code(),
                RemoteAddress.of(routing)));
    }

    /** An admin turns off someone else's two-factor sign-in (lost phone and codes). */
    @DELETE
    @Path("/users/{userId}/two-factor")
    @RolesAllowed(Role.ADMIN_NAME)
    @APIResponse(responseCode = "204", description = "Two-factor sign-in is off for that user")
    public void reset(@PathParam("userId") long userId) {
        twoFactor.reset(currentUser.get(), userId, RemoteAddress.of(routing));
    }

    @GET
    @Path("/settings/two-factor")
    @RolesAllowed(Role.ADMIN_NAME)
    public TwoFactorSetting setting() {
        return new TwoFactorSetting(policy.requiredForEditors());
    }

    @PUT
    @Path("/settings/two-factor")
    @RolesAllowed(Role.ADMIN_NAME)
    public TwoFactorSetting change(TwoFactorSetting setting) {
        if (setting == null || setting.requiredForEditors() == null) {
            throw Problem.invalid("requiredForEditors", "Send {\"requiredForEditors\": true} or false.");
        }
        policy.setRequiredForEditors(setting.requiredForEditors(), currentUser.username(), RemoteAddress.of(routing));
        return setting();
    }
}
