package org.factcheck.article;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;

/**
 * API.md: text revisions of an article (docs/text-revisions.md). Its own class under {@code /api/articles/{id}},
 * as the reports are: a class at {@code /api} would lose these paths to {@link ArticleResource}.
 */
@Path("/api/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RevisionResource {

    @Inject
    TextService text;
    @Inject
    ArticleService articles;
    @Inject
    CurrentUser currentUser;

    /** What a revision did, with the article as {@code GET /api/articles/{id}} answers it. */
    public record Revised(int revision, int moved, int edited, int orphaned, ArticleView article) {
    }

    @PUT
    @Path("/text")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Correct the article text", description = "{\"text\",\"version\"}: normalized and "
            + "segmented like an import; a new revision. Claims and notes follow their quote (position through the "
            + "diff, then quote and context, small edits tolerated); what is not found is kept with \"orphaned\": "
            + "true. Stale version or published article: 409 with the current article; empty text 400; too long "
            + "413. An unchanged text makes no revision. Editors.")
    public Revised revise(@PathParam("id") long id, TextRequest request) {
        TextService.Revised r = text.revise(id, request, currentUser.get());
        return new Revised(r.revision(), r.moved(), r.edited(), r.orphaned(), articles.view(id));
    }

    @GET
    @Path("/revisions")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Revisions of the text", description = "Number (1 = imported text), author, date and "
            + "length in code points of every revision, oldest first.")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return text.revisions(id);
    }

    @GET
    @Path("/revisions/{number}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "One revision with its text")
    public RevisionView.Full revision(@PathParam("id") long id, @PathParam("number") int number) {
        return RevisionView.Full.of(text.revision(id, number));
    }
}
