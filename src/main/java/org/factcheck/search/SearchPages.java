package org.factcheck.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.article.ArticleStatus;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.Verdict;
import org.factcheck.user.Role;
import org.factcheck.web.Page;
import org.factcheck.web.Problem;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** The search page: a GET form (bookmarkable, works without JavaScript) and the results with their snippets. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    static final int PAGE_SIZE = 20;

    @Inject
    SearchService search;

    @Location("search/search.html")
    Template page;

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public Response search(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("status") String status, @QueryParam("verdict") String verdict,
            @QueryParam("page") String pageNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q", nz(q));
        form.put("type", nz(type));
        form.put("status", nz(status));
        form.put("verdict", nz(verdict));
        var instance = page.data("form", form).data("types", SearchService.Type.values())
                .data("articleStatuses", ArticleStatus.values()).data("claimStatuses", ClaimStatus.values())
                .data("verdicts", Verdict.values()).data("results", null).data("problem", null)
                .data("previous", null).data("next", null);
        if (q == null && type == null && status == null && verdict == null) {
            return Response.ok(instance).build(); // first visit: only the form
        }
        try {
            Page<SearchHit> results = search.search(SearchService.check(q, type, status, verdict, null, pageNumber,
                    String.valueOf(PAGE_SIZE)));
            instance.data("results", results)
                    .data("previous", results.page() > 0 ? href(form, results.page() - 1) : null)
                    .data("next", results.hasNext() ? href(form, results.page() + 1) : null);
            return Response.ok(instance).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(instance.data("problem", problem)).build();
        }
    }

    /** A link to another page of the same search, every value URL-encoded. */
    private static String href(Map<String, String> form, int pageNumber) {
        Map<String, String> params = new LinkedHashMap<>(form);
        params.put("page", String.valueOf(pageNumber));
        return "/search?" + params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
