package org.factcheck.intake;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.factcheck.article.Article;
import org.factcheck.article.ArticleService;
import org.factcheck.article.ArticleView;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.jboss.resteasy.reactive.RestResponse;

/** Import by URL (docs/import.md): {@code POST /api/articles/from-url} and its preview. */
@Path("/api/articles/from-url")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService imports;
    @Inject
    ArticleService articles;
    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @APIResponse(responseCode = "201", description = "Imported", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ArticleView.class)))
    public RestResponse<ArticleView> importFromUrl(UrlImportRequest request) {
        Article article = imports.importFromUrl(request, currentUser.get());
        return RestResponse.ResponseBuilder.<ArticleView>created(URI.create("/api/articles/" + article.id))
                .entity(articles.view(article.id)).build();
    }

    /** The metadata and text an import would save, to check and correct first; nothing is stored. */
    @POST
    @Path("/preview")
    @RolesAllowed(Role.EDITOR_NAME)
    public ImportPreview preview(UrlImportRequest request) {
        return imports.preview(request == null ? null : request.url());
    }
}
