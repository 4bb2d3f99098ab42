package org.factcheck.article;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;
import org.factcheck.annotation.Annotation;
import org.factcheck.claim.Claim;
import org.factcheck.text.Reanchor;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Pages for text fidelity (docs/text-revisions.md): the revisions and what changed between two of them, the form
 * that corrects the text, and the form posts of the review page's sentence toolbar and orphans list. Errors of the
 * small forms show the error page with the service's message; the text form keeps what was typed.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TextPages {

    /** Unchanged passages longer than this are shortened to their two ends on the changes page. */
    static final int KEEP = 160;

    @Inject
    TextService text;
    @Inject
    ArticleService articles;
    @Inject
    CurrentUser currentUser;

    @Location("article/revisions.html")
    Template revisionsPage;
    @Location("article/text.html")
    Template textForm;

    /** A run of the changes page: inserted, deleted or unchanged (possibly shortened) text. */
    public record DiffPiece(String kind, String text) {
        public boolean inserted() {
            return kind.equals("ins");
        }

        public boolean deleted() {
            return kind.equals("del");
        }

        public boolean elided() {
            return kind.equals("gap");
        }
    }

    @GET
    @Path("articles/{id}/revisions")
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance revisions(@PathParam("id") long id, @QueryParam("from") Integer from,
            @QueryParam("to") Integer to) {
        Article article = articles.find(id);
        List<RevisionView> list = text.revisions(id);
        int last = list.isEmpty() ? 1 : list.get(list.size() - 1).number();
        int target = to == null ? last : to;
        int base = from == null ? target - 1 : from;
        List<DiffPiece> diff = List.of();
        if (base >= 1 && base != target) {
            diff = pieces(Reanchor.readableDiff(text.revision(id, base).text, text.revision(id, target).text));
        } else if (to != null || from != null) {
            text.revision(id, target); // 404 for a revision that does not exist
        }
        return revisionsPage.data("article", article).data("revisions", list).data("from", base).data("to", target)
                .data("diff", diff);
    }

    static List<DiffPiece> pieces(List<Diff> diffs) {
        List<DiffPiece> pieces = new ArrayList<>();
        for (int i = 0; i < diffs.size(); i++) {
            Diff d = diffs.get(i);
            if (d.operation == Operation.INSERT) {
                pieces.add(new DiffPiece("ins", d.text));
            } else if (d.operation == Operation.DELETE) {
                pieces.add(new DiffPiece("del", d.text));
            } else {
                int n = d.text.codePointCount(0, d.text.length());
                boolean first = i == 0;
                boolean lastOne = i == diffs.size() - 1;
                int head = first ? 0 : KEEP;
                int tail = lastOne ? 0 : KEEP;
                if (n <= head + tail + 40) {
                    pieces.add(new DiffPiece("same", d.text));
                } else {
                    if (head > 0) {
                        pieces.add(new DiffPiece("same", d.text.substring(0, d.text.offsetByCodePoints(0, head))));
                    }
                    pieces.add(new DiffPiece("gap", " … "));
                    if (tail > 0) {
                        pieces.add(new DiffPiece("same", d.text.substring(d.text.offsetByCodePoints(d.text.length(),
                                -tail))));
                    }
                }
            }
        }
        return pieces;
    }

    @GET
    @Path("articles/{id}/text")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance textForm(@PathParam("id") long id) {
        Article article = articles.find(id);
        return textForm.data("article", article).data("text", article.text).data("version", article.version)
                .data("problem", null);
    }

    @POST
    @Path("articles/{id}/text")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response revise(@PathParam("id") long id, @RestForm String text, @RestForm Integer version) {
        try {
            TextService.Revised revised = this.text.revise(id, new TextRequest(text, version), currentUser.get());
            int n = revised.revision();
            return Response.seeOther(URI.create("/articles/" + id + "/revisions"
                    + (n > 1 ? "?from=" + (n - 1) + "&to=" + n : ""))).build();
        } catch (Problem problem) {
            Article article = articles.find(id);
            // what was typed is kept; a stale version stays stale so the editor reloads before overwriting
            return Response.status(problem.status()).entity(textForm.data("article", article)
                    .data("text", text == null ? "" : text).data("version", version == null ? "" : version)
                    .data("problem", problem)).build();
        }
    }

    /** The review page's sentence toolbar: {@code sentence} is the number shown (1-based), {@code at} an offset. */
    @POST
    @Path("articles/{id}/sentences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response editSentences(@PathParam("id") long id, @RestForm Integer sentence, @RestForm Integer at,
            @RestForm String action, @RestForm Integer version) {
        Sentence s = Sentence.numbered(id, sentence, "sentence");
        Sentence result = "merge".equals(action) ? text.mergeNext(s.id, new SentenceEdit(null, version),
                currentUser.get()) : text.split(s.id, new SentenceEdit(at, version), currentUser.get());
        return Response.seeOther(URI.create("/articles/" + id + "#s-" + result.id)).build();
    }

    @POST
    @Path("orphans/claims/{id}/reattach")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response reattachClaim(@PathParam("id") long id, @RestForm Integer start, @RestForm Integer end,
            @RestForm String quote) {
        Claim claim = text.reattachClaim(id, new ReattachRequest(start, end, quote), currentUser.get());
        return Response.seeOther(URI.create("/articles/" + claim.articleId + "?claim=" + claim.id + "#s-"
                + claim.sentenceId)).build();
    }

    @POST
    @Path("orphans/claims/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response dismissClaim(@PathParam("id") long id) {
        Claim claim = text.dismissClaim(id, currentUser.get());
        return Response.seeOther(URI.create("/articles/" + claim.articleId + "#claim-" + claim.id)).build();
    }

    @POST
    @Path("orphans/notes/{id}/reattach")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response reattachNote(@PathParam("id") long id, @RestForm Integer start, @RestForm Integer end,
            @RestForm String quote) {
        Annotation note = text.reattachNote(id, new ReattachRequest(start, end, quote), currentUser.get());
        return Response.seeOther(URI.create("/articles/" + note.articleId + "#note-" + note.id)).build();
    }

    @POST
    @Path("orphans/notes/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response dismissNote(@PathParam("id") long id) {
        long articleId = text.dismissNote(id, currentUser.get());
        return Response.seeOther(URI.create("/articles/" + articleId + "#orphans")).build();
    }
}
