package org.factcheck.intake;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.transaction.Transactional;

import org.factcheck.user.Role;
import org.factcheck.web.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an imported article came from and the watch on it (docs/import.md). */
@Path("/api/articles/{id}/source-page")
@Produces(MediaType.APPLICATION_JSON)
public class WatchResource {

    /** An import's record, without the page itself (that is {@code /import/original/{id}/page}). */
    public record SourcePageView(long articleId, String requestedUrl, String finalUrl,
            @Schema(nullable = true) String authors, @Schema(nullable = true) OffsetDateTime modifiedAt,
            String charset, int htmlBytes, OffsetDateTime fetchedAt, boolean watched,
            @Schema(nullable = true) OffsetDateTime lastCheckedAt,
            @Schema(nullable = true, description = "same, changed, gone or failed") String lastCheck,
            @Schema(nullable = true) String lastCheckError, @Schema(nullable = true) OffsetDateTime goneSince,
            String original) {
    }

    @Inject
    WatchService watch;

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Transactional(Transactional.TxType.SUPPORTS)
    public SourcePageView get(@PathParam("id") long id) {
        ArticleImport i = ArticleImport.<ArticleImport>findByIdOptional(id)
                .orElseThrow(() -> Problem.notFound("imported article", id));
        return new SourcePageView(i.articleId, i.requestedUrl, i.finalUrl, i.authors, i.modifiedAt, i.charset,
                i.htmlBytes, i.fetchedAt, i.watched, i.lastCheckedAt, i.lastCheck, i.lastCheckError, i.goneSince,
                "/import/original/" + id + "/page");
    }

    /** Fetches the story again now: {@code {"outcome": same|changed|gone|failed, "revision"?, "error"?}}. */
    @POST
    @Path("/check")
    @RolesAllowed(Role.CHECKER_NAME)
    public WatchService.Check check(@PathParam("id") long id) {
        return watch.check(id);
    }
}
