package org.factcheck.suggestion;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;


/** The review page's "Suggested claims" panel: its forms (POST, then back to the page). Live updates swap the panel
 * out of the whole page, like every other live part. */
@Path("/articles/{id}/suggestions")
@Produces(MediaType.TEXT_HTML)
public class SuggestionPages {

    @Inject
    SuggestionService suggestions;
    @Inject
    CurrentUser currentUser;

    @POST
    @Path("{suggestion}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response accept(@PathParam("id") long id, @PathParam("suggestion") long suggestionId) {
        Suggestion s = suggestions.accept(inArticle(id, suggestionId), currentUser.get());
        // like a claim made by hand: back to the text with the new claim open
        return Response.seeOther(URI.create("/articles/" + id + "?claim=" + s.claimId + "#s-" + s.sentenceId))
                .build();
    }

    @POST
    @Path("{suggestion}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response dismiss(@PathParam("id") long id, @PathParam("suggestion") long suggestionId) {
        suggestions.dismiss(inArticle(id, suggestionId), currentUser.get());
        return Response.seeOther(URI.create("/articles/" + id + "#suggestions")).build();
    }

    private long inArticle(long articleId, long suggestionId) {
        suggestions.requireInArticle(articleId, suggestionId);
        return suggestionId;
    }
}
