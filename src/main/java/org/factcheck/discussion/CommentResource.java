package org.factcheck.discussion;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factcheck.annotation.Annotation;
import org.factcheck.claim.Claim;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;
import org.jboss.resteasy.reactive.RestResponse;

/** Discussion: comments on claims, replies on notes, and the current user's mentions. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentResource {

    @Inject
    CommentService comments;
    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/claims/{id}/comments")
    @RolesAllowed(Role.VIEWER_NAME)
    public List<CommentView> claimComments(@PathParam("id") long id) {
        Claim.<Claim>findByIdOptional(id).orElseThrow(() -> Problem.notFound("claim", id));
        return Comment.forClaim(id).stream().map(CommentView::of).toList();
    }

    @POST
    @Path("/claims/{id}/comments")
    @RolesAllowed(Role.CHECKER_NAME)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = CommentView.class)))
    public RestResponse<CommentView> comment(@PathParam("id") long id, CommentService.CommentRequest request) {
        Comment comment = comments.onClaim(id, request, currentUser.get());
        return RestResponse.ResponseBuilder.<CommentView>created(URI.create("/api/claims/" + id + "/comments"))
                .entity(CommentView.of(comment)).build();
    }

    @GET
    @Path("/annotations/{id}/replies")
    @RolesAllowed(Role.VIEWER_NAME)
    public List<CommentView> replies(@PathParam("id") long id) {
        Annotation.<Annotation>findByIdOptional(id).orElseThrow(() -> Problem.notFound("note", id));
        return Comment.forAnnotations(List.of(id)).stream().map(CommentView::of).toList();
    }

    @POST
    @Path("/annotations/{id}/replies")
    @RolesAllowed(Role.CHECKER_NAME)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = CommentView.class)))
    public RestResponse<CommentView> reply(@PathParam("id") long id, CommentService.CommentRequest request) {
        Comment comment = comments.onAnnotation(id, request, currentUser.get());
        return RestResponse.ResponseBuilder.<CommentView>created(URI.create("/api/annotations/" + id + "/replies"))
                .entity(CommentView.of(comment)).build();
    }

    @GET
    @Path("/mentions")
    @RolesAllowed(Role.VIEWER_NAME)
    public List<MentionView> mentions(@QueryParam("unread") @DefaultValue("false") boolean unread) {
        return comments.mentionsOf(currentUser.get(), unread);
    }

    @POST
    @Path("/mentions/{id}/read")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.VIEWER_NAME)
    @APIResponse(responseCode = "204", description = "Done")
    public RestResponse<Void> read(@PathParam("id") long id) {
        comments.markRead(id, currentUser.get());
        return RestResponse.noContent();
    }
}
