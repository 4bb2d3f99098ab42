package org.factcheck.source;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factcheck.user.Role;

/** API.md: sources, their snapshots, reliability notes and merging of duplicates. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceResource {

    @Inject
    SourceService sources;

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    public SourceView get(@PathParam("id") long id) {
        return SourceView.of(sources.find(id));
    }

    /** The page as it was when first cited, as plain text: never live HTML. */
    @GET
    @Path("/{id}/snapshot")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed(Role.VIEWER_NAME)
    @APIResponse(responseCode = "200", description = "The page's text as cited", content = @Content(
            mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    public Response snapshot(@PathParam("id") long id) {
        SourceSnapshot first = sources.firstFetchedSnapshot(id);
        return Response.ok(first.text, "text/plain;charset=UTF-8")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Last-Modified", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(first.fetchedAt))
                .build();
    }

    @GET
    @Path("/{id}/citations")
    @RolesAllowed(Role.VIEWER_NAME)
    public List<SourceService.Citation> citations(@PathParam("id") long id) {
        sources.find(id);
        return sources.citations(id);
    }

    /** Fetches the page again and compares it with the copy made when it was first cited. */
    @POST
    @Path("/{id}/recheck")
    @Consumes(MediaType.WILDCARD) // no body needed
    @RolesAllowed(Role.CHECKER_NAME)
    @APIResponse(responseCode = "202", description = "The page will be fetched again", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = SourceView.SnapshotView.class)))
    public Response recheck(@PathParam("id") long id) {
        // the view, as in a source's snapshot/lastCheck: the entity would bring its text and database ids along
        return Response.accepted(SourceView.SnapshotView.of(sources.recheck(id))).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    public SourceView update(@PathParam("id") long id, SourceService.SourcePatch patch) {
        return SourceView.of(sources.update(id, patch));
    }

    /** Moves every citation of this source to {@code into} and removes this one. */
    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Role.EDITOR_NAME)
    public SourceView merge(@PathParam("id") long id, SourceService.MergeRequest request) {
        return SourceView.of(sources.merge(id, request));
    }
}
