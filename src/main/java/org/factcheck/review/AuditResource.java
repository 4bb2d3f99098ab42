package org.factcheck.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.factcheck.user.Role;

/** API.md: {@code GET /api/audit/verify} tells an admin whether the history chain is intact. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    History history;

    @GET
    @Path("/verify")
    @RolesAllowed(Role.ADMIN_NAME)
    public History.Verification verify() {
        return history.verify();
    }
}
