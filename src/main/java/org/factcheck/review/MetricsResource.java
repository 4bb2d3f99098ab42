package org.factcheck.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.factcheck.user.Role;

/** The dashboard's editorial metrics as JSON. */
@Path("/api/metrics/desk")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    @Inject
    DeskMetrics metrics;

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public DeskMetrics.Metrics desk() {
        return metrics.compute();
    }
}
