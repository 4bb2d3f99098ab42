package org.factcheck.suggestion;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.eclipse.microprofile.openapi.annotations.media.Content;

import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Suggested claims (API.md, docs/suggestions.md): decided by checkers like claims. The article's list is in
 * {@link ArticleSuggestionsResource}: JAX-RS picks the class by its path first, and /api/articles is taken.
 */
@Path("/api/suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    @Inject
    SuggestionService suggestions;
    @Inject
    CurrentUser currentUser;
    @Inject
    SuggestionModelService modelService;

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Role.CHECKER_NAME)
    public SuggestionView accept(@PathParam("id") long id) {
        return SuggestionView.of(suggestions.accept(id, currentUser.get()));
    }

    @POST
    @Path("/{id}/dismiss")
    @RolesAllowed(Role.CHECKER_NAME)
    public SuggestionView dismiss(@PathParam("id") long id) {
        return SuggestionView.of(suggestions.dismiss(id, currentUser.get()));
    }

    // ---- learning from the desk (admin) --------------------------------------------------------------------

    /** {@code POST /api/suggestions/model}: body {@code {"withCheckThat": false}} (optional). */
    public record RetrainRequest(Boolean withCheckThat) {
    }

    @GET
    @Path("/model")
    @RolesAllowed(Role.ADMIN_NAME)
    public SuggestionModelService.Overview models() {
        return modelService.overview();
    }

    @POST
    @Path("/model")
    @RolesAllowed(Role.ADMIN_NAME)
    @APIResponse(responseCode = "201", description = "Trained; not used until activated", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = SuggestionModelService.Candidate.class)))
    public RestResponse<SuggestionModelService.Candidate> retrain(RetrainRequest request) {
        boolean withCheckThat = request != null && Boolean.TRUE.equals(request.withCheckThat());
        SuggestionModelService.Candidate candidate = modelService.retrain(withCheckThat, currentUser.get());
        return RestResponse.ResponseBuilder.<SuggestionModelService.Candidate>created(
                URI.create("/api/suggestions/model/" + candidate.id())).entity(candidate).build();
    }

    /** {@code id} is a model's id, or "shipped" for the model that comes with the application. */
    @POST
    @Path("/model/{id}/activate")
    @RolesAllowed(Role.ADMIN_NAME)
    public SuggestionModelService.Overview activate(@PathParam("id") String id) {
        modelService.activate(modelId(id));
        return modelService.overview();
    }

    static Long modelId(String id) {
        if ("shipped".equals(id)) {
            return null;
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Problem.notFound("suggestion model", id);
        }
    }
}
