package org.factcheck.annotation;

import org.factcheck.review.LiveEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factcheck.article.Article;
import org.factcheck.article.ArticleChangeGuard;
import org.factcheck.text.CodePoints;
import org.factcheck.user.AppUser;
import org.factcheck.web.Problem;

/** Notes on spans; the quote and about 32 characters of context either side are kept for re-anchoring. */
@ApplicationScoped
@Transactional
public class AnnotationService {

    static final int CONTEXT = 32;
    static final Set<String> MOTIVATIONS = Set.of("commenting", "questioning", "assessing", "tagging",
            "classifying", "highlighting");

    @Inject
    ArticleChangeGuard guard;
    @Inject
    LiveEvents events;

    public Annotation create(long articleId, AnnotationRequest request, AppUser user) {
        Article article = guard.requireWritable(articleId);
        if (request == null) {
            throw Problem.badRequest("Send the note as JSON: start, end, body and optionally motivation.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        int length = CodePoints.length(article.text);
        if (request.start() == null || request.end() == null || request.start() < 0 || request.end() > length
                || request.start() >= request.end()) {
            errors.add(new Problem.FieldError("start",
                    "Give start and end (code points) of a span inside the article: 0–" + length + "."));
        }
        String body = request.body() == null ? "" : request.body().strip();
        if (body.isEmpty()) {
            errors.add(new Problem.FieldError("body", "Write the note."));
        } else if (body.length() > 10000) {
            errors.add(new Problem.FieldError("body", "A note has at most 10,000 characters."));
        }
        String motivation = request.motivation() == null || request.motivation().isBlank() ? "commenting"
                : request.motivation().strip();
        if (!MOTIVATIONS.contains(motivation)) {
            errors.add(new Problem.FieldError("motivation", "Use one of " + String.join(", ", MOTIVATIONS) + "."));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        Annotation annotation = new Annotation();
        annotation.articleId = articleId;
        annotation.start = request.start();
        annotation.end = request.end();
        annotation.quote = CodePoints.substring(article.text, annotation.start, annotation.end);
        annotation.prefix = CodePoints.substring(article.text, Math.max(0, annotation.start - CONTEXT),
                annotation.start);
        annotation.suffix = CodePoints.substring(article.text, annotation.end,
                Math.min(length, annotation.end + CONTEXT));
        annotation.body = body;
        annotation.motivation = motivation;
        annotation.createdBy = user;
        annotation.persist();
        events.publish(articleId, "annotation.created", annotation.id, annotation.version, user.username);
        return annotation;
    }
}
