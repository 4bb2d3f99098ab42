package org.factcheck.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.factcheck.user.Role;
import org.factcheck.web.ApiSchema;
import org.factcheck.web.Page;

/** API.md: {@code GET /api/search}, full-text search over articles, claims and sources (docs/search.md). */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Search articles, claims and sources",
            description = "Full-text search, best match first, paged as {items, page, size, total}. Arabic words are"
                    + " found whatever their diacritics (tashkeel, shadda, superscript alef), tatweel and alef, alef"
                    + " maqsura/yeh and teh marbuta spelling; English and French words by their stem, Latin letters"
                    + " with or without accents. Each item: type, id, title (a claim's quote), link (the page),"
                    + " articleId and articleTitle for claims, status (articles, claims), verdict (claims), language,"
                    + " rank, and snippet: HTML, the passage in its original spelling, escaped, the matched words in"
                    + " <mark>. Bad parameters answer 400 problem+json naming each field.")
    public Page<SearchHit> search(
            @Parameter(description = "The words to find (1 to 500 characters); \"quoted phrase\", -word and OR work"
                    + " as in web search engines", required = true, schema = @Schema(type = SchemaType.STRING,
                            pattern = ApiSchema.NOT_BLANK, minLength = 1, maxLength = SearchService.MAX_QUERY_CHARS))
            @QueryParam("q") String q,
            @Parameter(description = "Only this type; all three when absent",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "article", "claim", "source" }))
            @QueryParam("type") String type,
            @Parameter(description = "An article status (draft, in_review, reviewed, published) or a claim status"
                    + " (open, proposed, approved); limits the answer to that type", schema = @Schema(
                            type = SchemaType.STRING, enumeration = { "draft", "in_review", "reviewed", "published",
                                    "open", "proposed", "approved" }))
            @QueryParam("status") String status,
            @Parameter(description = "A claim verdict; only claims then", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "unreviewed", "verified", "mostly_verified", "disputed", "misleading", "false",
                            "unverifiable" }))
            @QueryParam("verdict") String verdict,
            @Parameter(description = "The article language (BCP-47 tag, e.g. ar); articles and claims only",
                    schema = @Schema(type = SchemaType.STRING,
                            pattern = "^\\s*([a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*)?\\s*$"))
            @QueryParam("language") String language,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "200", defaultValue = "50")) @QueryParam("size") String size) {
        return search.search(SearchService.check(q, type, status, verdict, language, page, size));
    }
}
