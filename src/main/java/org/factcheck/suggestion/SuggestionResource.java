package org.factcheck.suggestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;

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
}
