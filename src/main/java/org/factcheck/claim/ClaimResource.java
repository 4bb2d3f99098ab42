package org.factcheck.claim;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.Page;
import org.jboss.resteasy.reactive.RestResponse;

/** API.md: claims, verdicts, approval, evidence, history. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject
    ClaimService claims;
    @Inject
    ClaimQueue queue;
    @Inject
    CurrentUser currentUser;
    @Inject
    RelatedClaims related;

    @GET
    @Path("/claims")
    @RolesAllowed(Role.VIEWER_NAME)
    public Page<ClaimView> list(
            @Parameter(description = "me, a user id or a username") @QueryParam("assignee") String assignee,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "open", "proposed", "approved" }))
            @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "unreviewed", "verified",
                    "mostly_verified", "disputed", "misleading", "false", "unverifiable" }))
            @QueryParam("verdict") String verdict,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "200"))
            @QueryParam("size") @DefaultValue("50") int size) {
        return queue.list(assignee, status, verdict, page, size);
    }

    @GET
    @Path("/claims/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Transactional
    public ClaimView get(@PathParam("id") long id) {
        return ClaimView.of(claims.find(id));
    }

    @PATCH
    @Path("/claims/{id}")
    @RolesAllowed(Role.CHECKER_NAME)
    public ClaimView update(@PathParam("id") long id, ClaimPatch patch) {
        return view(claims.update(id, patch, currentUser.get()).id);
    }

    @POST
    @Path("/claims/{id}/approve")
    @RolesAllowed(Role.EDITOR_NAME)
    public ClaimView approve(@PathParam("id") long id, DecisionRequest request) {
        return view(claims.approve(id, request, currentUser.get()).id);
    }

    @POST
    @Path("/claims/{id}/reject")
    @RolesAllowed(Role.EDITOR_NAME)
    public ClaimView reject(@PathParam("id") long id, DecisionRequest request) {
        return view(claims.reject(id, request, currentUser.get()).id);
    }

    @GET
    @Path("/claims/{id}/related")
    @RolesAllowed(Role.VIEWER_NAME)
    public List<RelatedClaims.Related> related(@PathParam("id") long id) {
        return related.forClaim(claims.find(id));
    }

    /** "Copy evidence from this claim": reuse the sources of an earlier verdict instead of searching again. */
    @POST
    @Path("/claims/{id}/evidence/copy")
    @RolesAllowed(Role.CHECKER_NAME)
    @APIResponse(responseCode = "201", description = "Copied", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceView.class)))
    public RestResponse<List<EvidenceView>> copyEvidence(@PathParam("id") long id, CopyEvidenceRequest request) {
        List<Evidence> copied = claims.copyEvidence(id, request, currentUser.get());
        return RestResponse.status(RestResponse.Status.CREATED, copied.stream().map(EvidenceView::of).toList());
    }

    @GET
    @Path("/claims/{id}/history")
    @RolesAllowed(Role.VIEWER_NAME)
    public List<HistoryView> history(@PathParam("id") long id) {
        claims.find(id);
        return ClaimHistoryEntry.forClaim(id).stream().map(HistoryView::of).toList();
    }

    @POST
    @Path("/claims/{id}/evidence")
    @RolesAllowed(Role.CHECKER_NAME)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EvidenceView.class)))
    public RestResponse<EvidenceView> addEvidence(@PathParam("id") long id, EvidenceRequest request) {
        Evidence evidence = claims.addEvidence(id, request, currentUser.get());
        return RestResponse.ResponseBuilder.<EvidenceView>created(URI.create("/api/evidence/" + evidence.id))
                .entity(EvidenceView.of(evidence)).build();
    }

    @DELETE
    @Path("/evidence/{id}")
    @RolesAllowed(Role.CHECKER_NAME)
    public RestResponse<Void> deleteEvidence(@PathParam("id") long id) {
        claims.deleteEvidence(id, currentUser.get());
        return RestResponse.noContent();
    }

    private ClaimView view(long id) {
        return ClaimView.of(claims.find(id));
    }
}
