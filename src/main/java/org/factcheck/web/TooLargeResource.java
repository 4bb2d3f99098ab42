package org.factcheck.web;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.vertx.ext.web.RoutingContext;

/**
 * Where {@link BodySizeLimit} sends a request whose body was too large: the 413 comes out of {@link ProblemMapper}
 * like every other problem (problem+json under /api, an error page elsewhere). Reached directly, there is nothing.
 */
@Path(BodySizeLimit.API_PATH)
public class TooLargeResource {

    @Inject
    BodySizeLimit limit;

    @GET
    @PermitAll
    @Operation(hidden = true) // internal: BodySizeLimit reroutes here
    public void api(RoutingContext routing) {
        throw problem(routing, limit, "request body");
    }

    /** The page twin: its own class, since JAX-RS matches classes by their path first. */
    @Path(BodySizeLimit.PAGE_PATH)
    public static class Page {

        @Inject
        BodySizeLimit limit;

        @GET
        @PermitAll
        @Operation(hidden = true)
        public void page(RoutingContext routing) {
            throw problem(routing, limit, "form");
        }
    }

    static Problem problem(RoutingContext routing, BodySizeLimit limit, String what) {
        Long size = routing.get(BodySizeLimit.ANNOUNCED);
        if (size == null) {
            throw new NotFoundException();
        }
        return Problem.tooLarge(message(size, limit.limit(), what));
    }

    /** "The request body is 24.0 MB; at most 12.0 MB (12582912 bytes) is accepted." */
    public static String message(long size, long limit, String what) {
        return String.format(Locale.ROOT, "The %s is %s; at most %s (%d bytes) is accepted.", what, megabytes(size),
                megabytes(limit), limit);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
