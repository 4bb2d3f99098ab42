package org.factcheck.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.factcheck.user.Role;
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
                    + " as in web search engines") @QueryParam("q") String q,
            @Parameter(description = "article, claim or source; all three when absent") @QueryParam("type") String type,
            @Parameter(description = "An article status (draft, in_review, reviewed, published) or a claim status"
                    + " (open, proposed, approved); limits the answer to that type") @QueryParam("status") String status,
            @Parameter(description = "A claim verdict (unreviewed, verified, ...); only claims then")
            @QueryParam("verdict") String verdict,
            @Parameter(description = "The article language (BCP-47 tag, e.g. ar); articles and claims only")
            @QueryParam("language") String language,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size) {
        return search.search(SearchService.check(q, type, status, verdict, language, page, size));
    }
}
