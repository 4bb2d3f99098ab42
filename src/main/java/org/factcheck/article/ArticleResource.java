package org.factcheck.article;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.annotation.Annotation;
import org.factcheck.annotation.AnnotationRequest;
import org.factcheck.annotation.AnnotationService;
import org.factcheck.annotation.AnnotationView;
import org.factcheck.annotation.WebAnnotation;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimRequest;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimView;
import org.factcheck.config.FactcheckConfig;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.Page;
import org.jboss.resteasy.reactive.RestResponse;

/** API.md: articles, their claims and annotations. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    @Inject
    ArticleService articles;
    @Inject
    ClaimService claims;
    @Inject
    AnnotationService annotations;
    @Inject
    CurrentUser currentUser;
    @Inject
    FactcheckConfig config;
    @Inject
    ArticleJsonCache json;

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    public RestResponse<ArticleView> importArticle(ArticleRequest request) {
        Article article = articles.importArticle(request, currentUser.get());
        return RestResponse.ResponseBuilder.<ArticleView>created(URI.create("/api/articles/" + article.id))
                .entity(articles.view(article.id)).build();
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public Page<ArticleSummary> list(@QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return articles.list(status, q, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    public Response get(@PathParam("id") long id) {
        return Response.ok(json.json(id), MediaType.APPLICATION_JSON).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleSummary patch(@PathParam("id") long id, ArticlePatch patch) {
        return articles.summary(articles.patch(id, patch, currentUser.get()));
    }

    @GET
    @Path("/{id}/claims")
    @RolesAllowed(Role.VIEWER_NAME)
    public List<ClaimView> claims(@PathParam("id") long id) {
        articles.find(id);
        return ClaimView.all(Claim.forArticle(id));
    }

    @POST
    @Path("/{id}/claims")
    @RolesAllowed(Role.CHECKER_NAME)
    public RestResponse<ClaimView> createClaim(@PathParam("id") long id, ClaimRequest request) {
        Claim claim = claims.create(id, request, currentUser.get());
        return RestResponse.ResponseBuilder.<ClaimView>created(URI.create("/api/claims/" + claim.id))
                .entity(ClaimView.of(claim)).build();
    }

    @GET
    @Path("/{id}/annotations")
    @RolesAllowed(Role.VIEWER_NAME)
    public List<AnnotationView> annotations(@PathParam("id") long id) {
        articles.find(id);
        return Annotation.forArticle(id).stream().map(AnnotationView::of).toList();
    }

    /** The same notes as a W3C Web Annotation AnnotationCollection (STANDARDS.md). */
    @GET
    @Path("/{id}/annotations")
    @Produces("application/ld+json")
    @RolesAllowed(Role.VIEWER_NAME)
    public Map<String, Object> annotationCollection(@PathParam("id") long id) {
        Article article = articles.find(id);
        return WebAnnotation.collection(config.publicUrl() + "/articles/" + id, article.language,
                Annotation.forArticle(id));
    }

    @POST
    @Path("/{id}/annotations")
    @RolesAllowed(Role.CHECKER_NAME)
    public RestResponse<AnnotationView> annotate(@PathParam("id") long id, AnnotationRequest request) {
        Annotation annotation = annotations.create(id, request, currentUser.get());
        return RestResponse.ResponseBuilder.<AnnotationView>created(
                URI.create("/api/articles/" + id + "/annotations/" + annotation.id))
                .entity(AnnotationView.of(annotation)).build();
    }
}
