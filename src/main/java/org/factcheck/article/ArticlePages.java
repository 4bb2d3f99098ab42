package org.factcheck.article;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.factcheck.annotation.Annotation;
import org.factcheck.annotation.AnnotationRequest;
import org.factcheck.annotation.AnnotationService;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimRequest;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.RelatedClaims;
import org.factcheck.claim.Verdict;
import org.factcheck.discussion.CommentService;
import org.factcheck.review.DeskMetrics;
import org.factcheck.intake.ArticleExtractor;
import org.factcheck.intake.PageDecoder;
import org.factcheck.suggestion.SuggestionService;
import org.factcheck.user.AppUser;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.BodySizeLimit;
import org.factcheck.web.Problem;
import org.factcheck.web.TooLargeResource;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/** Pages: dashboard, article list, import form and the review page. Forms post here, then redirect to a GET. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    /** The review page is streamed (not a template instance), so its type and charset are said here. */
    private static final String HTML = "text/html;charset=UTF-8";

    @Inject
    BodySizeLimit bodySizeLimit;
    @Inject
    SuggestionService suggestions;
    @Inject
    ArticleService articles;
    @Inject
    ClaimService claims;
    @Inject
    AnnotationService annotations;
    @Inject
    CurrentUser currentUser;
    @Inject
    DeskMetrics metrics;
    @Inject
    RelatedClaims related;
    @Inject
    CommentService comments;

    @Location("article/dashboard.html")
    Template dashboard;
    @Location("article/list.html")
    Template list;
    @Location("article/new.html")
    Template importForm;
    @Inject
    ReviewFragments fragments;
    @Location("article/review.html")
    Template review;

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance dashboard() {
        var recent = articles.list(null, null, 0, 20);
        ArticleStats totals = recent.items().stream().map(ArticleSummary::stats).reduce(ArticleStats.EMPTY,
                ArticlePages::add);
        return dashboard.data("articles", recent).data("totals", totals).data("verdicts", Verdict.values())
                .data("metrics", metrics.compute())
                .data("myClaims", Claim.count("assignee.id = ?1 and status != ?2", currentUser.get().id,
                        ClaimStatus.APPROVED))
                .data("myMentions", comments.mentionsOf(currentUser.get(), true).size());
    }

    @GET
    @Path("articles")
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page) {
        return list.data("articles", articles.list(status, q, page, 50)).data("status", status == null ? "" : status)
                .data("q", q == null ? "" : q).data("statuses", ArticleStatus.values());
    }

    @GET
    @Path("articles/new")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importForm(RoutingContext routing) {
        Long tooLarge = routing.get(BodySizeLimit.ANNOUNCED);
        if (tooLarge != null) {
            // the import form was sent with a body over the limit (BodySizeLimit): nothing of it was read
            String message = TooLargeResource.message(tooLarge, bodySizeLimit.limit(), "form")
                    + " Shorten the text or upload a smaller file.";
            Problem problem = Problem.tooLarge(message, List.of(new Problem.FieldError("text", message)));
            return Response.status(413).type(HTML).entity(importForm.data("problem", problem).data("form", Map.of()))
                    .build();
        }
        return Response.ok(importForm.data("problem", null).data("form", Map.of()), HTML).build();
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importArticle(@RestForm String title, @RestForm String text, @RestForm String language,
            @RestForm String url, @RestForm String outlet, @RestForm String publishedAt,
            @RestForm("file") FileUpload file) {
        Map<String, String> form = Map.of("title", nz(title), "text", nz(text), "language", nz(language),
                "url", nz(url), "outlet", nz(outlet), "publishedAt", nz(publishedAt));
        try {
            String body = text;
            String bodyTitle = title;
            String bodyOutlet = outlet;
            String bodyLanguage = "auto".equals(language) ? null : language;
            if (file != null && file.size() > 0 && file.fileName() != null && !file.fileName().isBlank()) {
                String name = file.fileName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".html") || name.endsWith(".htm")) {
                    // a saved page goes through the same extraction as one fetched by URL (intake, docs/import.md)
                    ArticleExtractor.Extraction extracted = ArticleExtractor.extract(PageDecoder.decode(
                            readBytes(file), java.util.Optional.empty()).html(), url);
                    body = extracted.text();
                    bodyTitle = nz(bodyTitle).isBlank() ? extracted.title() : bodyTitle;
                    bodyOutlet = nz(bodyOutlet).isBlank() ? extracted.outlet() : bodyOutlet;
                    bodyLanguage = bodyLanguage == null || bodyLanguage.isBlank() ? extracted.language() : bodyLanguage;
                } else if (name.endsWith(".txt")) {
                    body = readUtf8(file);
                } else {
                    throw Problem.invalid("file", "Upload a .txt or .html file.");
                }
            }
            Article article = articles.importArticle(new ArticleRequest(bodyTitle, body, bodyLanguage, url,
                    bodyOutlet, publishedAt), currentUser.get());
            return Response.seeOther(URI.create("/articles/" + article.id)).build();
        } catch (Problem problem) {
            return Response.status(problem.status())
                    .entity(importForm.data("problem", problem).data("form", form)).build();
        }
    }

    @GET
    @Path("articles/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    public Response review(@PathParam("id") long id, @QueryParam("sentence") Long sentenceId,
            @QueryParam("claim") Long claimId) {
        return Response.ok(reviewPage(id, sentenceId, claimId, null, Map.of())).type(HTML).build();
    }

    @POST
    @Path("articles/{id}/claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response createClaim(@PathParam("id") long id, @RestForm Long sentenceId, @RestForm String sentenceNumber,
            @RestForm String start, @RestForm String end, @RestForm String quote, @RestForm String text,
            @RestForm String claimant) {
        try {
            Integer from = parseOffset(start, "start");
            Integer to = parseOffset(end, "end");
            if ((from == null || to == null) && sentenceNumber != null && !sentenceNumber.isBlank()) {
                // long articles ask for the sentence's number instead of listing them (ReviewFragments); a number
                // typed wins over the sentence the page had selected, which rides along in sentenceId (a span
                // selected in the text wins over both)
                sentenceId = sentenceNumbered(id, sentenceNumber);
            }
            ClaimRequest request = from != null && to != null
                    ? new ClaimRequest(null, from, to, text, claimant, quote)
                    : new ClaimRequest(sentenceId, null, null, text, claimant, null);
            Claim claim = claims.create(id, request, currentUser.get());
            // back to the text, scrolled to the new highlight, with the claim open in the panel
            return Response.seeOther(URI.create("/articles/" + id + "?claim=" + claim.id + "#s-" + claim.sentenceId))
                    .build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(reviewPage(id, sentenceId, null, problem,
                    Map.of("text", nz(text), "claimant", nz(claimant)))).type(HTML).build();
        }
    }

    @POST
    @Path("articles/{id}/annotations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response annotate(@PathParam("id") long id, @RestForm Long sentenceId, @RestForm String start,
            @RestForm String end, @RestForm String quote, @RestForm String body, @RestForm String motivation) {
        try {
            Integer from = parseOffset(start, "start");
            Integer to = parseOffset(end, "end");
            String selected = quote; // the whole sentence chosen by id needs no check
            if ((from == null || to == null) && sentenceId != null) {
                selected = null;
                Sentence sentence = Sentence.<Sentence>findByIdOptional(sentenceId).filter(s -> s.articleId == id)
                        .orElseThrow(() -> Problem.invalid("sentenceId", "Choose a sentence of this article."));
                from = sentence.start;
                to = sentence.end;
            }
            Annotation note = annotations.create(id, new AnnotationRequest(from, to, body, motivation, selected),
                    currentUser.get());
            return Response.seeOther(URI.create("/articles/" + id + "#note-" + note.id)).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(reviewPage(id, sentenceId, null, problem,
                    Map.of("body", nz(body)))).type(HTML).build();
        }
    }

    @POST
    @Path("articles/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response changeStatus(@PathParam("id") long id, @RestForm String status, @RestForm Integer version,
            @RestForm String correctionNote, @RestForm String assignee) {
        try {
            articles.patch(id, new ArticlePatch(status == null || status.isBlank() ? null : status, null, version,
                    assignee, correctionNote), currentUser.get());
            return Response.seeOther(URI.create("/articles/" + id)).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(reviewPage(id, null, null, problem, Map.of())).type(HTML)
                    .build();
        }
    }

    /** Where the fact-check was published (ClaimReview's url); "" forgets it. Editors, also once published. */
    @POST
    @Path("articles/{id}/factcheck-url")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response factcheckUrl(@PathParam("id") long id, @RestForm String factcheckUrl, @RestForm Integer version) {
        try {
            articles.patch(id, new ArticlePatch(null, null, version, null, null,
                    factcheckUrl == null ? "" : factcheckUrl), currentUser.get());
            return Response.seeOther(URI.create("/articles/" + id + "#factcheck-url")).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(reviewPage(id, null, null, problem,
                    Map.of("factcheckUrl", nz(factcheckUrl)))).type(HTML).build();
        }
    }

    /** The review page, streamed: the big parts go out from ReviewFragments' shared bytes. */
    private StreamingOutput reviewPage(long id, Long sentenceId, Long claimId, Problem problem,
            Map<String, String> form) {
        Article article = articles.find(id);
        ReviewFragments.Parts parts = fragments.forPage(article);
        Claim focus = claimId == null ? null
                : Claim.<Claim>findByIdOptional(claimId).filter(c -> c.articleId == id).orElse(null);
        Long selectedId = sentenceId != null ? sentenceId : focus == null ? null : focus.sentenceId;
        Sentence selected = selectedId == null ? null
                : Sentence.<Sentence>findByIdOptional(selectedId).filter(s -> s.articleId == id).orElse(null);
        boolean ownProposal = focus != null && focus.proposedBy != null
                && focus.proposedBy.id.equals(currentUser.get().id);
        String page = review.data("article", article)
                .data("parts", parts)
                .data("textMarker", ReviewFragments.marker("text"))
                .data("claimsMarker", ReviewFragments.marker("claims"))
                .data("notesMarker", ReviewFragments.marker("notes"))
                .data("sentenceOptions", ReviewFragments.sentenceOptions(parts, selected == null ? null : selected.id))
                .data("stats", parts.stats())
                .data("selected", selected)
                .data("nextStatuses", article.status.next())
                .data("assignees", currentUser.isEditor()
                        ? AppUser.<AppUser>list("active = true order by displayName").stream()
                                .filter(u -> u.has(Role.CHECKER)).toList()
                        : List.of())
                .data("focus", focus)
                .data("related", focus == null ? List.of() : related.forClaim(focus))
                .data("focusBack", focus == null ? null : "/articles/" + id + "?claim=" + focus.id)
                .data("verdicts", Verdict.values())
                .data("ownProposal", ownProposal)
                .data("mayApprove", focus != null && currentUser.isEditor()
                        && focus.status == ClaimStatus.PROPOSED && !ownProposal)
                .data("orphanClaims", parts.orphanClaims())
                .data("orphanNotes", parts.orphanNotes())
                .data("problem", problem)
                .data("form", form)
                .data("suggestions", suggestions.open(id)) // suggestion/panel.html: one query
                .render();
        return fragments.page(page, parts, currentUser.isChecker());
    }

    private static long sentenceNumbered(long articleId, String number) {
        try {
            return Sentence.numbered(articleId, Integer.parseInt(number.strip()), "sentenceNumber").id;
        } catch (NumberFormatException e) {
            throw Problem.invalid("sentenceNumber", "'" + number + "' is not a sentence number.");
        }
    }

    private static Integer parseOffset(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Problem.invalid(field, "'" + value + "' is not a position in the text.");
        }
    }

    private static byte[] readBytes(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw Problem.invalid("file", "The uploaded file could not be read.");
        }
    }

    private static String readUtf8(FileUpload file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(readBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw Problem.invalid("file", "The file is not UTF-8 text; save it as UTF-8 and upload it again.");
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static ArticleStats add(ArticleStats a, ArticleStats b) {
        return new ArticleStats(a.claims() + b.claims(), a.unreviewed() + b.unreviewed(), a.verified() + b.verified(),
                a.mostlyVerified() + b.mostlyVerified(), a.disputed() + b.disputed(), a.misleading() + b.misleading(),
                a.falseCount() + b.falseCount(), a.unverifiable() + b.unverifiable(), a.open() + b.open(),
                a.proposed() + b.proposed(), a.approved() + b.approved());
    }
}
