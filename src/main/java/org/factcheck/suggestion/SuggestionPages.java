package org.factcheck.suggestion;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.article.Article;
import org.factcheck.article.ArticleService;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The review page's "Suggested claims" panel: its forms (POST, then back to the page) and the panel alone. */
@Path("/articles/{id}/suggestions")
@Produces(MediaType.TEXT_HTML)
public class SuggestionPages {

    @Inject
    SuggestionService suggestions;
    @Inject
    ArticleService articles;
    @Inject
    CurrentUser currentUser;

    @Location("suggestion/panel.html")
    Template panel;

    /** The panel alone, for whoever refreshes it without the whole page. */
    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance panel(@PathParam("id") long id) {
        Article article = articles.find(id);
        return panel.data("article", article).data("suggestions", suggestions.open(id));
    }

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
