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
import org.factcheck.text.IndexedText;
import org.factcheck.user.AppUser;
import org.factcheck.web.Problem;

/** Notes on spans; the quote and about 32 characters of context either side are kept for re-anchoring. */
@ApplicationScoped
@Transactional
public class AnnotationService {

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
        guard.requireQuote(article, request.start(), request.end(), request.quote());
        List<Problem.FieldError> errors = new ArrayList<>();
        IndexedText text = new IndexedText(article.text);
        int length = text.length();
        if (request.start() == null || request.end() == null || request.start() < 0 || request.end() > length
                || request.start() >= request.end()) {
            errors.add(new Problem.FieldError("start",
                    "Give start and end (code points) of a span inside the article: 0–" + length + "."));
        }
        errors.addAll(check(request.body(), request.motivation()));
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        Annotation annotation = newAnnotation(article, text, request, user);
        events.publish(articleId, "annotation.created", annotation.id, annotation.version, user.username);
        return annotation;
    }

    /** The rules for a note's body and motivation; the importer applies them to every item before storing any. */
    public static List<Problem.FieldError> check(String body, String motivation) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            errors.add(new Problem.FieldError("body", "Write the note."));
        } else if (text.length() > 10000) {
            errors.add(new Problem.FieldError("body", "A note has at most 10,000 characters."));
        }
        if (!MOTIVATIONS.contains(motivationOrDefault(motivation))) {
            errors.add(new Problem.FieldError("motivation", "Unknown motivation '" + motivation + "': use one of "
                    + String.join(", ", MOTIVATIONS) + "."));
        }
        return errors;
    }

    /**
     * Many checked notes at once (W3C import): the same entity as {@link #create}, one "annotation.created" event
     * each, sent with one statement.
     */
    public List<Annotation> createAll(Article article, IndexedText text, List<AnnotationRequest> requests,
            AppUser user) {
        List<Annotation> created = new ArrayList<>();
        for (AnnotationRequest request : requests) {
            created.add(newAnnotation(article, text, request, user));
        }
        events.publishAll(article.id, created.stream()
                .map(a -> new LiveEvents.Event("annotation.created", a.id, a.version, user.username)).toList());
        return created;
    }

    private static String motivationOrDefault(String motivation) {
        return motivation == null || motivation.isBlank() ? "commenting" : motivation.strip();
    }

    private static Annotation newAnnotation(Article article, IndexedText text, AnnotationRequest request,
            AppUser user) {
        Annotation annotation = new Annotation();
        annotation.articleId = article.id;
        annotation.placeAt(text, request.start(), request.end());
        annotation.body = request.body().strip();
        annotation.motivation = motivationOrDefault(request.motivation());
        annotation.createdBy = user;
        annotation.persist();
        return annotation;
    }
}
