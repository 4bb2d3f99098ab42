package org.factcheck.report;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factcheck.article.ArticleService;
import org.factcheck.article.ArticleStatus;
import org.factcheck.user.Role;
import org.factcheck.web.ApiSchema;
import org.factcheck.web.EnumKeys;
import org.factcheck.web.Problem;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Template;

/** {@code GET /api/reports/bulk}: the reports of many articles (by date range and/or status) as one zip. */
@Path("/api/reports/bulk")
public class BulkExportResource {

    @Inject
    BulkExport bulk;
    @Inject
    Template report;
    @Inject
    ObjectMapper mapper;

    @GET
    @Produces({"application/zip", "application/json"}) // json: a client asking for JSON still gets the 4xx
    @RolesAllowed(Role.VIEWER_NAME)
    @APIResponse(responseCode = "200", description = "A zip: one report per article and an index", content =
            @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "pdf", "html", "csv", "json" }))
            @QueryParam("format") @DefaultValue("pdf") String format,
            @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "draft", "in_review", "reviewed", "published" }))
            @QueryParam("status") String status,
            @Parameter(description = "Published from (a date or date-time)",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.DATE_OR_DATE_TIME))
            @QueryParam("from") String from,
            @Parameter(description = "Published before (a date or date-time)",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.DATE_OR_DATE_TIME))
            @QueryParam("to") String to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ArticleStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = EnumKeys.find(ArticleStatus.class, status).orElse(null);
            if (wanted == null) {
                errors.add(new Problem.FieldError("status", "Use " + EnumKeys.choices(ArticleStatus.class) + "."));
            }
        }
        OffsetDateTime start = ArticleService.parseDate(from, "from", errors);
        OffsetDateTime end = ArticleService.parseDate(to, "to", errors);
        if (!List.of("pdf", "html", "csv", "json").contains(format)) {
            errors.add(new Problem.FieldError("format", "Use pdf, html, csv or json."));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        List<Long> ids = bulk.select(wanted, start, end);
        if (ids.size() > BulkExport.MAX_ARTICLES) {
            throw Problem.invalid("from", "More than " + BulkExport.MAX_ARTICLES
                    + " articles match; choose a shorter date range or a status.");
        }
        BulkExport.ReportRenderer renderer = switch (format) {
            case "html" -> (r, out) -> out.write(report.data("r", r).data("pdfCss", null).render()
                    .getBytes(StandardCharsets.UTF_8));
            case "csv" -> (r, out) -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CsvWriter.write(r, writer);
                writer.flush();
            };
            case "json" -> (r, out) -> out.write(mapper.writeValueAsBytes(ReportResource.json(r)));
            default -> (r, out) -> PdfWriter.write(report.data("r", r).data("pdfCss", PdfWriter.CSS).render(),
                    r.publicUrl(), r.article().language, out);
        };
        String filename = "factcheck-reports-" + format + ".zip";
        return Response.ok((StreamingOutput) out -> bulk.write(ids, format, renderer, out), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
