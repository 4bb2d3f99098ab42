package org.factcheck.user;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.factcheck.oidc.AppSession;
import org.factcheck.oidc.OidcSettings;
import org.factcheck.oidc.SignInRefused;
import org.factcheck.twofactor.LoginStep;
import org.factcheck.web.Problem;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/** Login and logout, and the admin's user management page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class UserPages {

    @Inject
    UserService users;
    @Inject
    CurrentUser currentUser;
    @Inject
    LoginStep loginStep;
    @Inject
    RoutingContext routing;
    @Inject
    OidcSettings oidc;
    @Inject
    AppSession appSession;

    @Location("user/login.html")
    Template login;
    @Location("user/list.html")
    Template list;
    @Location("user/profile.html")
    Template profile;
    @Location("user/audit.html")
    Template audit;

    /** {@code oidc}: why a sign-in through the provider was refused (oidc/OidcPages); {@code signedout}: after it. */
    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@QueryParam("oidc") String refusal, @QueryParam("signedout") String signedOut) {
        return loginPage(false, refusal, signedOut != null, null);
    }

    /**
     * Where a failed form login lands (quarkus.http.auth.form.error-page); never says whether the user exists. After
     * the right password of an account with two-factor sign-in, it asks for the code instead (twofactor/LoginStep).
     */
    @GET
    @Path("login/failed")
    @PermitAll
    public TemplateInstance loginFailed() {
        LoginStep.Marker step = loginStep.read(routing, null).orElse(null);
        return loginPage(step == null, null, false, step);
    }

    private TemplateInstance loginPage(boolean failed, String refusal, boolean signedOut, LoginStep.Marker step) {
        boolean known = refusal != null && java.util.Arrays.stream(SignInRefused.Reason.values())
                .anyMatch(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(refusal));
        return login.data("failed", failed).data("refusal", known ? refusal : null)
                .data("provider", oidc.enabled() ? oidc.oidc().providerName() : null)
                .data("signedOut", signedOut && oidc.enabled()).data("localLogin", oidc.localLoginEnabled())
                .data("step", step);
    }

    /**
     * Forgets the session: the form-login cookie is all there is. Someone who signed in through the provider is sent
     * on to the provider's end-session address (RP-initiated logout), which comes back to the login page.
     */
    @POST
    @Path("logout")
    @PermitAll
    @Transactional
    public Response logout() {
        if (currentUser.loggedIn()) {
            AuthEvent.record(currentUser.username(), AuthEvent.LOGOUT, null, null);
        }
        String back = routing.request().scheme() + "://" + routing.request().authority() + "/login?signedout=1";
        URI next = appSession.endProviderSession(routing, back).orElse(URI.create("/login"));
        return Response.seeOther(next)
                .cookie(new NewCookie.Builder("quarkus-credential").path("/").maxAge(0).value("").httpOnly(true)
                        .build())
                .build();
    }

    @GET
    @Path("profile")
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance profile(@QueryParam("saved") String saved) {
        return profile.data("user", currentUser.get()).data("problem", null).data("saved", saved != null);
    }

    @POST
    @Path("profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.VIEWER_NAME)
    public Response updateProfile(@RestForm String displayName, @RestForm String currentPassword,
            @RestForm String newPassword, @RestForm String locale) {
        try {
            users.updateProfile(currentUser.get(),
                    new ProfileRequest(displayName, currentPassword, newPassword, locale));
            return Response.seeOther(URI.create("/profile?saved")).build();
        } catch (Problem problem) {
            return Response.status(problem.status())
                    .entity(profile.data("user", currentUser.get()).data("problem", problem).data("saved", false))
                    .build();
        }
    }

    @GET
    @Path("audit/logins")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance loginAudit(@QueryParam("username") String username,
            @QueryParam("page") @DefaultValue("0") int page) {
        return audit.data("events", AuthEventView.page(username, page, 100)).data("username",
                username == null ? "" : username);
    }

    @GET
    @Path("users")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance users() {
        return page(null, Map.of());
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String password,
            @RestForm List<String> roles) {
        try {
            users.create(new UserRequest(username, password, displayName, roles, true, null));
            return Response.seeOther(URI.create("/users")).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page(problem,
                    Map.of("username", username == null ? "" : username,
                            "displayName", displayName == null ? "" : displayName))).build();
        }
    }

    @POST
    @Path("users/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response update(@PathParam("id") long id, @RestForm List<String> roles, @RestForm String active,
            @RestForm String password, @RestForm Integer version) {
        try {
            if (id == currentUser.get().id && (roles == null || !roles.contains(Role.ADMIN_NAME)
                    || !"true".equals(active))) {
                throw Problem.invalid("roles", "You cannot take your own admin role or deactivate yourself.");
            }
            users.update(id, new UserRequest(null, password == null || password.isEmpty() ? null : password, null,
                    roles == null ? new ArrayList<>() : roles, "true".equals(active), version));
            return Response.seeOther(URI.create("/users")).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page(problem, Map.of())).build();
        }
    }

    private TemplateInstance page(Problem problem, Map<String, String> form) {
        List<AppUser> all = AppUser.list("order by username");
        return list.data("users", all).data("roles", Role.values()).data("problem", problem).data("form", form);
    }
}
