package org.factcheck.report;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factcheck.claim.ClaimView;
import org.factcheck.user.Role;
import org.factcheck.web.JsonLd;
import org.factcheck.web.Problem;

import io.quarkus.qute.Template;

/** API.md: reports. One content, several formats, chosen by {@code ?format=} or {@code Accept}. */
@Path("/api/articles/{id}")
public class ReportResource {

    static final String CSV = "text/csv";

    @Inject
    ReportService reports;
    @Inject
    Template report;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @GET
    @Path("/report")
    @RolesAllowed(Role.VIEWER_NAME)
    @Produces({"text/html", "text/csv", "application/json", "application/pdf"})
    @APIResponse(responseCode = "200", description = "The report in the format asked for", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response report(@PathParam("id") long id,
            @Parameter(description = "Else chosen by the Accept header",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "html", "csv", "json", "pdf" }))
            @QueryParam("format") String format,
            @HeaderParam("Accept") String accept) {
        String chosen = format != null ? format : fromAccept(accept);
        Report data = reports.load(id);
        String filename = "factcheck-article-" + id;
        return switch (chosen) {
            case "html" -> Response.ok(report.data("r", data).data("pdfCss", null).render(), "text/html;charset=UTF-8")
                    .build();
            case "csv" -> Response.ok((StreamingOutput) out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CsvWriter.write(data, writer);
                writer.flush();
            }, CSV + ";charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"")
                    .build();
            case "json" -> Response.ok(json(data), "application/json").build();
            case "pdf" -> {
                String html = report.data("r", data).data("pdfCss", PdfWriter.CSS).render();
                yield Response.ok((StreamingOutput) out -> PdfWriter.write(html, data.publicUrl(),
                        data.article().language, out), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"" + filename + ".pdf\"").build();
            }
            default -> throw Problem.invalid("format", "Unknown report format '" + chosen
                    + "': use html, csv or json.");
        };
    }

    /**
     * ClaimReview for the article page itself: a script element a publisher pastes into the story, with the
     * JSON escaped so that no text in it can close the element.
     */
    @GET
    @Path("/claimreview/snippet")
    @RolesAllowed(Role.VIEWER_NAME)
    @Produces("text/plain")
    @APIResponse(responseCode = "200", description = "A script element to paste into the story", content =
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    public Response claimReviewSnippet(@PathParam("id") long id) throws Exception {
        String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(ClaimReviewWriter.reviews(reports.load(id)));
        return Response.ok(ClaimReviewWriter.scriptElement(json), "text/plain;charset=UTF-8").build();
    }

    /** JSON-LD is JSON: a client that asks for application/json (or anything) gets the same document (JsonLd). */
    @GET
    @Path("/claimreview")
    @RolesAllowed(Role.VIEWER_NAME)
    @Produces({JsonLd.MEDIA_TYPE, "application/json"})
    @APIResponse(responseCode = "200", description = "schema.org ClaimReview objects, one per approved claim", content = {
            @Content(mediaType = JsonLd.MEDIA_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Map.class)),
            @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Map.class)) })
    public Response claimReview(@PathParam("id") long id, @Context HttpHeaders headers) {
        String type = JsonLd.mediaType(headers.getAcceptableMediaTypes());
        return Response.ok(ClaimReviewWriter.reviews(reports.load(id)), type).build();
    }

    static Map<String, Object> json(Report r) {
        var a = r.article();
        Map<String, Object> article = new java.util.LinkedHashMap<>();
        article.put("id", a.id);
        article.put("title", a.title);
        article.put("language", a.language);
        article.put("direction", a.direction);
        article.put("status", a.status.key());
        article.put("url", a.url);
        article.put("outlet", a.outlet);
        article.put("publishedAt", a.publishedAt);
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("article", article);
        json.put("generatedAt", r.generatedAt());
        json.put("organization", Map.of("name", r.organizationName(), "url", r.organizationUrl()));
        json.put("stats", r.stats());
        json.put("corrections", r.corrections().stream().map(c -> Map.of("note", c.note, "at", c.createdAt,
                "by", c.createdBy.username)).toList());
        json.put("claims", ClaimView.all(r.claims()));
        json.put("claimReview", ClaimReviewWriter.reviews(r));
        return json;
    }

    private static String fromAccept(String accept) {
        if (accept == null || accept.isBlank() || accept.contains("text/html") || accept.equals("*/*")) {
            return "html";
        }
        if (accept.contains(CSV)) {
            return "csv";
        }
        if (accept.contains("application/pdf")) {
            return "pdf";
        }
        if (accept.contains("json")) {
            return "json";
        }
        return "html";
    }
}
