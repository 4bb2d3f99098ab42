package org.factcheck.review;

import java.net.URI;
import java.util.List;

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

import org.factcheck.annotation.Annotation;
import org.factcheck.article.Article;
import org.factcheck.article.ArticleStatus;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.discussion.CommentService;
import org.factcheck.user.AppUser;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** "My work": what is assigned to me, what waits for my approval, where I was mentioned; discussion forms. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WorkPages {

    @Inject
    CurrentUser currentUser;
    @Inject
    CommentService comments;

    @Location("review/mywork.html")
    Template myWork;

    @GET
    @Path("my-work")
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance myWork() {
        AppUser me = currentUser.get();
        List<Claim> assigned = Claim.list("select c from Claim c left join fetch c.proposedBy"
                + " where c.assignee.id = ?1 and c.status != ?2 order by c.updatedAt desc", me.id, ClaimStatus.APPROVED);
        List<Article> articles = Article.list("assignee.id = ?1 and status != ?2 order by updatedAt desc", me.id,
                ArticleStatus.PUBLISHED);
        List<Claim> toApprove = currentUser.isEditor()
                ? Claim.list("select c from Claim c join fetch c.proposedBy p where c.status = ?1 and p.id != ?2"
                        + " order by c.proposedAt", ClaimStatus.PROPOSED, me.id)
                : List.of();
        return myWork.data("assigned", assigned).data("articles", articles).data("toApprove", toApprove)
                .data("mentions", comments.mentionsOf(me, true));
    }

    @POST
    @Path("mentions/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.VIEWER_NAME)
    public Response markRead(@PathParam("id") long id) {
        comments.markRead(id, currentUser.get());
        return Response.seeOther(URI.create("/my-work")).build();
    }

    @POST
    @Path("claims/{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response comment(@PathParam("id") long id, @RestForm String body) {
        try {
            comments.onClaim(id, new CommentService.CommentRequest(body), currentUser.get());
            return Response.seeOther(URI.create("/claims/" + id + "#discussion")).build();
        } catch (Problem problem) {
            if (problem.status() != 400) {
                throw problem; // a missing claim is 404, a locked one 409, as everywhere else
            }
            return Response.seeOther(URI.create("/claims/" + id + "?commentError=1#discussion")).build();
        }
    }

    @POST
    @Path("annotations/{id}/replies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response reply(@PathParam("id") long id, @RestForm String body) {
        Annotation note = Annotation.<Annotation>findByIdOptional(id).orElseThrow(() -> Problem.notFound("note", id));
        comments.onAnnotation(id, new CommentService.CommentRequest(body), currentUser.get());
        return Response.seeOther(URI.create("/articles/" + note.articleId + "#note-" + id)).build();
    }
}
