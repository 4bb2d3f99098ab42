package org.factcheck.twofactor;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.token.PasswordOnly;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;
import org.factcheck.web.RemoteAddress;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/** Setting up and turning off two-factor sign-in (the profile's page), and the admins' requirement. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PasswordOnly
public class TwoFactorPages {

    @Inject
    CurrentUser currentUser;
    @Inject
    TwoFactorService twoFactor;
    @Inject
    TwoFactorPolicy policy;
    @Inject
    RoutingContext routing;

    @Location("twofactor/profile.html")
    Template page;
    @Location("twofactor/recovery-codes.html")
    Template codes;
    @Location("twofactor/setting.html")
    Template setting;

    @GET
    @Path("profile/two-factor")
    @RolesAllowed(Role.VIEWER_NAME)
    public Response show(@QueryParam("done") String done) {
        // while set-up waits for its code the page shows the secret: never cached
        return Response.ok(page(null).data("done", done == null ? "" : done)).header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("profile/two-factor/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.VIEWER_NAME)
    public Response start() {
        try {
            twoFactor.start(currentUser.get());
            return Response.seeOther(URI.create("/profile/two-factor")).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page(problem)).build();
        }
    }

    @POST
    @Path("profile/two-factor/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.VIEWER_NAME)
    public Response confirm(@RestForm String code) {
        try {
            List<String> recovery = twoFactor.confirm(currentUser.get(), code, RemoteAddress.of(routing));
            // shown once: never cached
            return Response.ok(codes.data("codes", recovery)).header("Cache-Control", "no-store").build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page(problem)).build();
        }
    }

    @POST
    @Path("profile/two-factor/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.VIEWER_NAME)
    public Response disable(@RestForm String password, @RestForm String code) {
        try {
            twoFactor.disable(currentUser.get(), password, code, RemoteAddress.of(routing));
            return Response.seeOther(URI.create("/profile/two-factor?done=off")).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page(problem)).build();
        }
    }

    @POST
    @Path("profile/two-factor/recovery-codes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.VIEWER_NAME)
    public Response renewRecoveryCodes(@RestForm String password, @RestForm String code) {
        try {
            List<String> recovery = twoFactor.renewRecoveryCodes(currentUser.get(), password, code,
                    RemoteAddress.of(routing));
            return Response.ok(codes.data("codes", recovery)).header("Cache-Control", "no-store").build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page(problem).data("sent", "renew")).build();
        }
    }

    /** The users page's "Reset two-factor sign-in" (an admin, for someone who lost phone and codes). */
    @POST
    @Path("users/{userId}/two-factor/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response reset(@PathParam("userId") long userId) {
        twoFactor.reset(currentUser.get(), userId, RemoteAddress.of(routing));
        return Response.seeOther(URI.create("/users")).build();
    }

    @GET
    @Path("settings/two-factor")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance setting(@QueryParam("saved") String saved) {
        return setting.data("required", policy.requiredForEditors()).data("saved", saved != null).data("problem", null);
    }

    @POST
    @Path("settings/two-factor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response changeSetting(@RestForm String required) {
        try {
            policy.setRequiredForEditors("true".equals(required), currentUser.username(), RemoteAddress.of(routing));
            return Response.seeOther(URI.create("/settings/two-factor?saved")).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(setting.data("required", policy.requiredForEditors())
                    .data("saved", false).data("problem", problem)).build();
        }
    }

    private TemplateInstance page(Problem problem) {
        TwoFactorStatus status = twoFactor.status(currentUser.get());
        TwoFactorService.Enrolment pending = status.enabled() ? null : twoFactor.pending(currentUser.get());
        return page.data("status", status).data("pending", pending)
                .data("qr", pending == null ? null : QrSvg.dataUri(pending.otpauthUri()))
                .data("problem", problem).data("done", "").data("sent", "")
                .data("providerAccount", currentUser.get().signsInThroughProvider());
    }
}
