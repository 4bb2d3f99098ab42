package org.factcheck.claim;

import org.factcheck.discussion.Comment;
import org.factcheck.source.SourceView;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.article.Article;
import org.factcheck.article.ArticleService;
import org.factcheck.user.AppUser;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The claim page: verdict, rationale, evidence, four-eyes approval and the timeline. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ClaimPages {

    @Inject
    ClaimService claims;
    @Inject
    ArticleService articles;
    @Inject
    CurrentUser currentUser;
    @Inject
    RelatedClaims related;

    @Location("claim/show.html")
    Template show;

    @GET
    @Path("claims/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance show(@PathParam("id") long id,
            @jakarta.ws.rs.QueryParam("commentError") String commentError) {
        return page(id, null, Map.of()).data("commentError", commentError != null);
    }

    @POST
    @Path("claims/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response update(@PathParam("id") long id, @RestForm String verdict, @RestForm String rationale,
            @RestForm String text, @RestForm String claimant, @RestForm String assignee, @RestForm Integer version,
            @RestForm String back) {
        return act(id, back, () -> claims.update(id, new ClaimPatch(verdict, rationale, text, claimant, assignee, version),
                currentUser.get()), Map.of("rationale", nz(rationale), "text", nz(text), "claimant", nz(claimant),
                        "verdict", nz(verdict), "assignee", nz(assignee)));
    }

    @POST
    @Path("claims/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response approve(@PathParam("id") long id, @RestForm Integer version, @RestForm String back) {
        return act(id, back, () -> claims.approve(id, new DecisionRequest(version, null), currentUser.get()), Map.of());
    }

    @POST
    @Path("claims/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response reject(@PathParam("id") long id, @RestForm Integer version, @RestForm String reason,
            @RestForm String back) {
        return act(id, back, () -> claims.reject(id, new DecisionRequest(version, reason), currentUser.get()),
                Map.of("reason", nz(reason)));
    }

    @POST
    @Path("claims/{id}/evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response addEvidence(@PathParam("id") long id, @RestForm String url, @RestForm String title,
            @RestForm String publisher, @RestForm String stance, @RestForm String excerpt, @RestForm String note) {
        return act(id, null, () -> claims.addEvidence(id, new EvidenceRequest(
                new EvidenceRequest.SourceRequest(url, title, publisher, null), null, stance, excerpt, note),
                currentUser.get()), Map.of("url", nz(url), "title", nz(title), "publisher", nz(publisher),
                        "excerpt", nz(excerpt), "note", nz(note)));
    }

    @POST
    @Path("claims/{id}/copy-evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response copyEvidence(@PathParam("id") long id, @RestForm Long fromClaimId) {
        return act(id, null, () -> claims.copyEvidence(id, new CopyEvidenceRequest(fromClaimId), currentUser.get()),
                Map.of());
    }

    @POST
    @Path("evidence/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response deleteEvidence(@PathParam("id") long id) {
        Evidence evidence = Evidence.<Evidence>findByIdOptional(id)
                .orElseThrow(() -> Problem.notFound("evidence", id));
        long claimId = evidence.claim.id;
        return act(claimId, null, () -> claims.deleteEvidence(id, currentUser.get()), Map.of());
    }

    /** Where this claim's fact-check was published, when not on the article's page; "" forgets it (editors). */
    @POST
    @Path("claims/{id}/factcheck-url")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response factcheckUrl(@PathParam("id") long id, @RestForm String factcheckUrl, @RestForm Integer version) {
        return act(id, null, () -> claims.update(id, new ClaimPatch(null, null, null, null, null, version,
                factcheckUrl == null ? "" : factcheckUrl), currentUser.get()),
                Map.of("factcheckUrl", factcheckUrl == null ? "" : factcheckUrl));
    }

    /** Runs a change, then redirects to the claim page, or back to the review page the form was on. */
    private Response act(long claimId, String back, Runnable action, Map<String, String> form) {
        try {
            action.run();
            // only a local review page: never an open redirect
            boolean toReview = back != null && back.matches("/articles/\\d+\\?claim=\\d+");
            return Response.seeOther(URI.create(toReview ? back + "#claim-panel" : "/claims/" + claimId)).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page(claimId, problem, form)).build();
        }
    }

    private TemplateInstance page(long id, Problem problem, Map<String, String> form) {
        Claim claim = claims.find(id);
        Article article = articles.find(claim.articleId);
        List<ClaimHistoryEntry> history = ClaimHistoryEntry.forClaim(id);
        List<AppUser> checkers = AppUser.list("active = true order by username");
        AppUser me = currentUser.get();
        if (form.isEmpty()) {
            // nothing was submitted: the edit form starts from the claim as it is
            form = new java.util.HashMap<>();
            form.put("rationale", nz(claim.rationale));
            form.put("text", nz(claim.text));
            form.put("claimant", nz(claim.claimant));
            form.put("verdict", claim.verdict.key());
            form.put("assignee", claim.assignee == null ? "" : claim.assignee.username);
        }
        boolean mayApprove = currentUser.isEditor() && claim.status == ClaimStatus.PROPOSED
                && (claim.proposedBy == null || !claim.proposedBy.id.equals(me.id));
        var snapshots = SourceView.snapshotsOf(
                claim.evidence.stream().map(e -> e.source.id).distinct().toList());
        return show.data("claim", claim).data("article", article).data("history", history)
                .data("snapshots", snapshots).data("related", related.forClaim(claim))
                .data("comments", Comment.forClaim(id)).data("commentError", false)
                .data("verdicts", Verdict.values()).data("stances", Stance.values())
                .data("assignees", checkers.stream().filter(u -> u.has(Role.CHECKER)).toList())
                .data("mayApprove", mayApprove)
                .data("ownProposal", claim.proposedBy != null && claim.proposedBy.id.equals(me.id))
                .data("problem", problem).data("form", form);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
