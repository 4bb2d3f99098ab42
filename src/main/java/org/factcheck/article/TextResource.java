package org.factcheck.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.factcheck.annotation.AnnotationView;
import org.factcheck.claim.ClaimView;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;

/** API.md: hand corrections of sentences, orphans (docs/text-revisions.md); revisions are in {@link RevisionResource}. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TextResource {

    @Inject
    TextService text;
    @Inject
    CurrentUser currentUser;

    @POST
    @Path("/sentences/{id}/split")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Split a sentence in two", description = "{\"at\", \"version\"?}: at is a code-point "
            + "offset into the ARTICLE text (like every offset of the API), strictly inside the sentence, both "
            + "parts non-blank (400 otherwise). A cut through a claim is refused with 409 naming it. Claims and "
            + "notes keep their offsets; claims of the second part move to the new sentence. Bumps the article "
            + "version; 409 on a published article or a stale version. Editors. Answers the new sentence.")
    public ArticleView.SentenceView split(@PathParam("id") long id, SentenceEdit edit) {
        return ArticleView.SentenceView.of(text.split(id, edit, currentUser.get()));
    }

    @POST
    @Path("/sentences/{id}/merge-next")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Merge a sentence with the next one", description = "Only within a paragraph: across "
            + "paragraphs, or after the last sentence, 409. Body optional: {\"version\"}. Editors. Answers the "
            + "merged sentence.")
    public ArticleView.SentenceView mergeNext(@PathParam("id") long id, SentenceEdit edit) {
        return ArticleView.SentenceView.of(text.mergeNext(id, edit, currentUser.get()));
    }

    @POST
    @Path("/claims/{id}/reattach")
    @RolesAllowed(Role.CHECKER_NAME)
    @Operation(summary = "Give an orphaned claim a span of the current text", description = "{\"start\",\"end\"} "
            + "code points, inside one sentence, and optionally the \"quote\" selected there (409 when the text has "
            + "changed since). 409 when the claim is not orphaned. Checkers.")
    @Transactional // the answer reads lazy fields
    public ClaimView reattachClaim(@PathParam("id") long id, ReattachRequest request) {
        return ClaimView.of(text.reattachClaim(id, request, currentUser.get()));
    }

    @Consumes(MediaType.WILDCARD) // no body
    @POST
    @Path("/claims/{id}/dismiss")
    @RolesAllowed(Role.CHECKER_NAME)
    @Operation(summary = "Keep an orphaned claim without a place in the text", description = "Claims are never "
            + "deleted (history, verdict, evidence stay); it stays orphaned and leaves the review page's list of "
            + "orphans. 409 when the claim is not orphaned. Checkers.")
    @Transactional // the answer reads lazy fields
    public ClaimView dismissClaim(@PathParam("id") long id) {
        return ClaimView.of(text.dismissClaim(id, currentUser.get()));
    }

    @POST
    @Path("/annotations/{id}/reattach")
    @RolesAllowed(Role.CHECKER_NAME)
    @Operation(summary = "Give an orphaned note a span of the current text", description = "{\"start\",\"end\"} "
            + "and optionally the \"quote\" selected there (409 when the text has changed since). 409 when the note "
            + "is not orphaned. Checkers.")
    @Transactional // the answer reads lazy fields
    public AnnotationView reattachNote(@PathParam("id") long id, ReattachRequest request) {
        return AnnotationView.of(text.reattachNote(id, request, currentUser.get()));
    }

    @Consumes(MediaType.WILDCARD) // no body
    @POST
    @Path("/annotations/{id}/dismiss")
    @RolesAllowed(Role.CHECKER_NAME)
    @Operation(summary = "Delete an orphaned note", description = "The note and its replies are deleted: the "
            + "words it annotated are gone. 409 when the note is not orphaned. Checkers; answers 204.")
    @APIResponse(responseCode = "204", description = "Done")
    public void dismissNote(@PathParam("id") long id) {
        text.dismissNote(id, currentUser.get());
    }
}
