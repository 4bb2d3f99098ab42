package org.factcheck.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factcheck.article.Article;
import org.factcheck.article.ArticleChangeGuard;
import org.factcheck.article.SentenceBounds;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.config.FactcheckConfig;
import org.factcheck.text.IndexedText;
import org.factcheck.user.AppUser;
import org.factcheck.web.Problem;
import org.factcheck.web.StorableText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * W3C Web Annotation export and import of an article's notes and claims (API.md: annotations; docs/workflow.md).
 * The import is all or nothing: every item is read and anchored first, and only when all of them can be placed
 * are they stored, by the same service code as single notes and claims, in this one transaction.
 */
@ApplicationScoped
@Transactional
public class WebAnnotationService {

    /**
     * What an import created, in the order of the document's items per kind; {@code skipped}: the indexes of items
     * the document marks orphaned (fc:orphaned) whose words are not in this text either.
     */
    public record ImportResult(int imported, List<Long> notes, List<Long> claims, List<Integer> skipped) {
    }

    @Inject
    ArticleChangeGuard guard;
    @Inject
    AnnotationService annotations;
    @Inject
    ClaimService claims;
    @Inject
    FactcheckConfig config;
    @Inject
    ObjectMapper mapper;

    /**
     * Three queries whatever the number of items: article, notes with creators, claims with creators. In a
     * transaction, so that the article's text can be loaded on first use.
     */
    public Map<String, Object> export(long articleId) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> Problem.notFound("article", articleId));
        List<Claim> articleClaims = Claim.list("select c from Claim c join fetch c.createdBy where c.articleId = ?1"
                + " order by c.start, c.id", articleId);
        return WebAnnotation.collection(config.publicUrl(), articleId, article.language, article.text,
                Annotation.forArticle(articleId), articleClaims);
    }

    public ImportResult importAll(long articleId, String json, AppUser user) {
        Article article = guard.requireWritable(articleId);
        JsonNode root;
        try {
            root = json == null || json.isBlank() ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        }
        StorableText.requireTree(root); // read as a tree, so the JSON deserializer's check does not apply
        List<JsonNode> items;
        try {
            items = AnnotationImport.annotations(root);
        } catch (AnnotationImport.Unreadable e) {
            throw Problem.badRequest(e.getMessage());
        }
        int max = config.annotationImport().maxItems();
        if (items.size() > max) {
            throw Problem.tooLarge("One import holds at most " + max + " annotations; this one has " + items.size()
                    + ". Split it.");
        }
        if (items.isEmpty()) {
            throw Problem.badRequest("There are no annotations to import.");
        }
        IndexedText text = new IndexedText(article.text); // indexed once for reading, notes and claims
        AnnotationImport.Result read = new AnnotationImport(text).read(items);
        List<AnnotationImport.Failure> failures = new ArrayList<>(read.failures());
        List<AnnotationRequest> notes = new ArrayList<>();
        List<ClaimService.NewClaim> newClaims = new ArrayList<>();
        SentenceBounds sentences = null;
        for (AnnotationImport.Item item : read.items()) {
            if (item instanceof AnnotationImport.Note n) {
                notes.add(new AnnotationRequest(n.start(), n.end(), n.body(), n.motivation(), null));
            } else if (item instanceof AnnotationImport.ClaimItem c) {
                if (sentences == null) {
                    sentences = SentenceBounds.of(articleId); // one query for all claims
                }
                OptionalLong sentence = sentences.holding(c.start(), c.end());
                if (sentence.isEmpty()) {
                    failures.add(new AnnotationImport.Failure(c.index(), "A claim lies inside one sentence; this"
                            + " quote (" + c.start() + "–" + c.end() + ") crosses a sentence boundary.", false));
                    continue;
                }
                newClaims.add(new ClaimService.NewClaim(sentence.getAsLong(), c.start(), c.end(), c.text(), c.claimant(),
                        c.verdict(), c.proposed(), c.rationale()));
            }
        }
        // an orphan was already without a place where it was exported: not finding one here is no reason to refuse
        // the rest (an orphan whose words this text has is placed like any item)
        List<Integer> skipped = new ArrayList<>();
        for (Iterator<AnnotationImport.Failure> it = failures.iterator(); it.hasNext();) {
            AnnotationImport.Failure failure = it.next();
            if (!failure.malformed() && read.orphans().contains(failure.index())) {
                skipped.add(failure.index());
                it.remove();
            }
        }
        if (!failures.isEmpty()) {
            throw failed(failures);
        }
        List<Long> noteIds = notes.isEmpty() ? List.of()
                : annotations.createAll(article, text, notes, user).stream().map(a -> a.id).toList();
        List<Long> claimIds = newClaims.isEmpty() ? List.of()
                : claims.createAll(article, text, newClaims, user).stream().map(c -> c.id).toList();
        skipped.sort(null);
        return new ImportResult(noteIds.size() + claimIds.size(), noteIds, claimIds, skipped);
    }

    /** One error per failing item, {@code items[i]} naming it; malformed items make it a 400, else 422. */
    private static Problem failed(List<AnnotationImport.Failure> failures) {
        failures.sort(Comparator.comparingInt(AnnotationImport.Failure::index));
        List<Problem.FieldError> errors = failures.stream()
                .map(f -> new Problem.FieldError("items[" + f.index() + "]", f.reason())).toList();
        boolean malformed = failures.stream().anyMatch(AnnotationImport.Failure::malformed);
        String detail = failures.size() + (failures.size() == 1 ? " annotation" : " annotations")
                + " cannot be imported; nothing was stored.";
        return malformed ? new Problem(400, "Invalid input", detail, errors, null)
                : Problem.unprocessable(detail, errors);
    }
}
