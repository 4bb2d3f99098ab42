package org.factcheck.suggestion;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.factcheck.user.Role;

/** {@code GET /api/articles/{id}/suggestions}: the open suggestions at or above the threshold, best first. */
@Path("/api/articles/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleSuggestionsResource {

    @Inject
    SuggestionService suggestions;

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public List<SuggestionView> list(@PathParam("id") long articleId) {
        return suggestions.open(articleId).stream().map(SuggestionView::of).toList();
    }
}
