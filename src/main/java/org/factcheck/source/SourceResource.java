package org.factcheck.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.factcheck.user.Role;
import org.factcheck.web.Problem;

/** API.md: sources. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    public SourceView get(@PathParam("id") long id) {
        return SourceView.of(Source.<Source>findByIdOptional(id).orElseThrow(() -> Problem.notFound("source", id)));
    }
}
