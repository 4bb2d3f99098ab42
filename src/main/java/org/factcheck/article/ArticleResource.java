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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factcheck.annotation.Annotation;
import org.factcheck.annotation.AnnotationRequest;
import org.factcheck.annotation.AnnotationService;
import org.factcheck.annotation.AnnotationView;
import org.factcheck.annotation.WebAnnotationService;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimRequest;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimView;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.JsonLd;
import org.factcheck.web.Page;
import org.factcheck.web.Problem;
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
    ArticleJsonCache json;
    @Inject
    WebAnnotationService webAnnotations;

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @APIResponse(responseCode = "201", description = "Imported", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ArticleView.class)))
    public RestResponse<ArticleView> importArticle(ArticleRequest request) {
        Article article = articles.importArticle(request, currentUser.get());
        return RestResponse.ResponseBuilder.<ArticleView>created(URI.create("/api/articles/" + article.id))
                .entity(articles.view(article.id)).build();
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public Page<ArticleSummary> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "draft", "in_review", "reviewed", "published" }))
            @QueryParam("status") String status,
            @Parameter(description = "Words of the title or outlet") @QueryParam("q") String q,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "200"))
            @QueryParam("size") @DefaultValue("50") int size) {
        return articles.list(status, q, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ArticleView.class)))
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
    @Operation(summary = "Mark a claim", description = "{\"sentenceId\"} (the whole sentence) or {\"start\",\"end\"} "
            + "(code points, inside one sentence; white space at the edges is trimmed), plus optional \"text\" and "
            + "\"claimant\". Optional \"quote\": the words selected at start–end; when the text has been corrected "
            + "since, 409 with the article instead of a claim on other words. Checkers.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ClaimView.class)))
    public RestResponse<ClaimView> createClaim(@PathParam("id") long id, ClaimRequest request) {
        Claim claim = claims.create(id, request, currentUser.get());
        return RestResponse.ResponseBuilder.<ClaimView>created(URI.create("/api/claims/" + claim.id))
                .entity(ClaimView.of(claim)).build();
    }

    @GET
    @Path("/{id}/annotations")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "The article's notes",
            description = "A JSON array of notes. With Accept: application/ld+json, or ?format=w3c whatever the "
                    + "Accept (served as application/json to a client that accepts only that), the notes and "
                    + "claims as a W3C AnnotationCollection instead.")
    @APIResponse(responseCode = "200", description = "The notes; with ?format=w3c the W3C AnnotationCollection",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(oneOf = { AnnotationView[].class, Map.class })))
    public Response annotations(@PathParam("id") long id, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        return annotationsAs(id, format == null ? "json" : format, headers);
    }

    /** {@code ?format=} wins over Accept, as for reports: a link or a client that cannot set Accept gets either. */
    private Response annotationsAs(long id, String format, HttpHeaders headers) {
        return switch (format) {
            // JSON-LD is JSON: to a client that accepts only application/json it is served as that
            case "w3c" -> Response.ok(webAnnotations.export(id), JsonLd.mediaType(headers.getAcceptableMediaTypes()))
                    .build();
            case "json" -> {
                articles.find(id);
                yield Response.ok(Annotation.forArticle(id).stream().map(AnnotationView::of).toList(),
                        MediaType.APPLICATION_JSON).build();
            }
            default -> throw Problem.invalid("format", "Unknown format '" + format + "': use json (the notes) or"
                    + " w3c (W3C Web Annotations).");
        };
    }

    /** The notes and the claims as a W3C Web Annotation AnnotationCollection (STANDARDS.md). */
    @GET
    @Path("/{id}/annotations")
    @Produces(JsonLd.MEDIA_TYPE)
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Notes and claims as a W3C AnnotationCollection",
            description = "With Accept: application/ld+json or */* (or ?format=w3c with any Accept). An "
                    + "AnnotationCollection whose first AnnotationPage (embedded) holds every note and claim of "
                    + "the article in text order. Each target has a "
                    + "TextQuoteSelector (exact, prefix, suffix: 32 code points of context) and a "
                    + "TextPositionSelector (start, end in Unicode code points, end exclusive). A note has a "
                    + "TextualBody (text/plain) and its own motivation; a claim has motivation 'assessing' and an "
                    + "'fc:Claim' body (id: the claim's IRI + '#claim') with fc:text, fc:claimant, fc:verdict, "
                    + "fc:status and fc:rationale; 'fc' is "
                    + "declared in the @context. Ids are IRIs under factcheck.public-url; creator is a Person "
                    + "(nickname = username, name = display name); created and modified are ISO 8601.")
    @APIResponse(responseCode = "200", description = "The W3C AnnotationCollection", content = @Content(
            mediaType = JsonLd.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response annotationCollection(@PathParam("id") long id, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        return annotationsAs(id, format == null ? "w3c" : format, headers);
    }

    @POST
    @Path("/{id}/annotations/import")
    @Consumes({JsonLd.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Role.CHECKER_NAME)
    @Operation(summary = "Import W3C Web Annotations as notes and claims",
            description = "Body: an AnnotationCollection with its first page embedded (as GET .../annotations "
                    + "answers it), an AnnotationPage, one Annotation or a JSON array of Annotations; at most "
                    + "factcheck.annotation-import.max-items (5,000) items, else 413. Each target needs a "
                    + "TextQuoteSelector; it is anchored at its TextPositionSelector when the text there equals "
                    + "exact, else where the quote occurs (prefix/suffix choose among several places). "
                    + "fc:Claim bodies become claims (inside one sentence; a verdict needs fc:rationale and comes "
                    + "in proposed by the importing user, also when it was approved: four-eyes), TextualBody bodies "
                    + "notes. All or nothing: 400 lists malformed items (unknown motivation, selector or body), "
                    + "422 items that cannot be placed, each as errors[].field = 'items[i]'; nothing is stored. "
                    + "Items marked \"fc:orphaned\": true (as exported when a revision removed their words) that "
                    + "cannot be placed are skipped instead and listed by index in skipped. "
                    + "Everything is created by the importing user (the original creator and dates are not kept), "
                    + "with the usual history entries and live events. 409 when the article is published. "
                    + "Answers 201 with {imported, notes: [ids], claims: [ids]}.")
    @APIResponse(responseCode = "201", description = "Imported", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = WebAnnotationService.ImportResult.class)))
    public RestResponse<WebAnnotationService.ImportResult> importAnnotations(@PathParam("id") long id, byte[] body) {
        // JSON is UTF-8 (RFC 8259), whatever charset the Content-Type names or leaves out
        WebAnnotationService.ImportResult result = webAnnotations.importAll(id,
                new String(body, java.nio.charset.StandardCharsets.UTF_8), currentUser.get());
        return RestResponse.ResponseBuilder.<WebAnnotationService.ImportResult>created(
                URI.create("/api/articles/" + id + "/annotations")).entity(result).build();
    }

    @POST
    @Path("/{id}/annotations")
    @RolesAllowed(Role.CHECKER_NAME)
    @Operation(summary = "Add a note on a span", description = "{\"start\",\"end\",\"body\",\"motivation\"?} "
            + "(code points). Optional \"quote\": the words selected at start–end; when the text has been "
            + "corrected since, 409 with the article instead of a note on other words. Checkers.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AnnotationView.class)))
    public RestResponse<AnnotationView> annotate(@PathParam("id") long id, AnnotationRequest request) {
        Annotation annotation = annotations.create(id, request, currentUser.get());
        return RestResponse.ResponseBuilder.<AnnotationView>created(
                URI.create("/api/articles/" + id + "/annotations/" + annotation.id))
                .entity(AnnotationView.of(annotation)).build();
    }
}
