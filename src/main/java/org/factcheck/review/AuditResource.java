package org.factcheck.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.factcheck.user.AuthEventView;
import org.factcheck.user.Role;
import org.factcheck.web.Page;

/** Audits for admins: the history chain ({@code GET /api/audit/verify}, API.md) and the login audit. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    History history;

    /** The security audit: logins, failures, lockouts, password changes; newest first. */
    @GET
    @Path("/logins")
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<AuthEventView> logins(
            @jakarta.ws.rs.QueryParam("username") String username,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @jakarta.ws.rs.QueryParam("page") @jakarta.ws.rs.DefaultValue("0") int page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "200"))
            @jakarta.ws.rs.QueryParam("size") @jakarta.ws.rs.DefaultValue("50") int size) {
        return AuthEventView.page(username, page, size);
    }

    @GET
    @Path("/verify")
    @RolesAllowed(Role.ADMIN_NAME)
    public History.Verification verify() {
        return history.verify();
    }
}
