package org.factcheck.article;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.factcheck.annotation.Annotation;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.review.History;
import org.factcheck.review.LiveEvents;
import org.factcheck.text.CodePoints;
import org.factcheck.text.IndexedText;
import org.factcheck.text.Reanchor;
import org.factcheck.text.Segmenter;
import org.factcheck.user.AppUser;
import org.factcheck.web.Problem;

/**
 * Text fidelity (docs/text-revisions.md): corrected texts as revisions, with claims and notes following their
 * quotes; hand corrections of the segmentation (split, merge); re-attaching or dismissing orphans. Every change
 * bumps the article version (sentences are part of its state), is recorded in the history and announced live.
 */
@ApplicationScoped
@Transactional
public class TextService {

    @Inject
    ArticleService articles;
    @Inject
    ArticleChangeGuard guard;
    @Inject
    History history;
    @Inject
    LiveEvents events;
    @Inject
    org.factcheck.suggestion.SuggestionService suggestions;

    public record Revised(int revision, int moved, int edited, int orphaned) {
    }

    /** {@code PUT /api/articles/{id}/text}. An unchanged text makes no revision. */
    public Revised revise(long articleId, TextRequest request, AppUser user) {
        if (request == null || request.version() == null) {
            throw Problem.invalid("version", "Send the text and the version of the article you corrected.");
        }
        Article article = guard.requireWritable(articleId, request.version());
        String text = articles.normalizedText(request.text());
        String old = article.text;
        if (text.equals(old)) {
            return new Revised(lastRevision(articleId), 0, 0, 0);
        }
        IndexedText oldText = new IndexedText(old);
        IndexedText newText = new IndexedText(text);
        Reanchor reanchor = new Reanchor(oldText, newText);

        // where every claim and note goes; orphans from earlier revisions stay orphans (re-attached by hand)
        List<Claim> claims = Claim.list("articleId = ?1 and orphaned = false order by start, id", articleId);
        Map<Long, Reanchor.Placement> claimPlaces = new HashMap<>();
        for (Claim c : claims) {
            reanchor.place(new Reanchor.Anchor(c.start, c.end, c.quote, oldText.prefix(c.start),
                    oldText.suffix(c.end)))
                    .ifPresent(p -> claimPlaces.put(c.id, p));
        }
        List<Annotation> notes = Annotation.list("articleId = ?1 and orphaned = false", articleId);
        Map<Long, Reanchor.Placement> notePlaces = new HashMap<>();
        for (Annotation n : notes) {
            reanchor.place(new Reanchor.Anchor(n.start, n.end, n.quote, n.prefix, n.suffix))
                    .ifPresent(p -> notePlaces.put(n.id, p));
        }

        // segment the new text like an import; the old sentences step aside (negative indexes) until the claims
        // point at the new ones, then go
        Segmenter.Segmentation segmentation = Segmenter.segment(text, article.language);
        EntityManager em = Article.getEntityManager();
        em.createNativeQuery("update sentence set idx = -1 - idx where article_id = :a").setParameter("a", articleId)
                .executeUpdate();
        em.createNativeQuery("delete from paragraph where article_id = :a").setParameter("a", articleId)
                .executeUpdate();
        ArticleService.insertParagraphs(articleId, segmentation.paragraphs());
        ArticleService.insertSentences(articleId, text, segmentation.sentences());
        SentenceBounds sentences = SentenceBounds.of(articleId);

        int revision = lastRevision(articleId) + 1;
        int moved = 0;
        int edited = 0;
        int orphaned = 0;
        OffsetDateTime now = OffsetDateTime.now();
        History.Chain chain = history.chain(); // one lock and one read of the chain's end for all the entries
        for (Claim c : claims) {
            Reanchor.Placement place = claimPlaces.get(c.id);
            OptionalLong sentence = place == null ? OptionalLong.empty()
                    : sentences.holding(place.start(), place.end());
            String before = c.quote;
            if (sentence.isEmpty()) {
                // not found, or found across a sentence boundary of the new segmentation: kept as an orphan
                c.orphaned = true;
                c.orphanDismissed = false;
                c.sentenceId = null;
                orphaned++;
                chain.record(articleId, c.id, user, "orphaned", "quote", before,
                        "not found in revision " + revision);
            } else {
                if (place.start() != c.start || place.end() != c.end) {
                    moved++;
                }
                c.start = place.start();
                c.end = place.end();
                c.sentenceId = sentence.getAsLong();
                if (place.edited(before)) {
                    edited++;
                    c.quote = place.quote();
                    c.refreshMatchText();
                    chain.record(articleId, c.id, user, "requoted", "quote", before, c.quote);
                }
            }
            c.updatedAt = now;
        }
        for (Annotation n : notes) {
            Reanchor.Placement place = notePlaces.get(n.id);
            if (place == null) {
                n.orphaned = true;
                orphaned++;
                continue;
            }
            if (place.start() != n.start || place.end() != n.end) {
                moved++;
            }
            if (place.edited(n.quote)) {
                edited++;
            }
            n.placeAt(newText, place.start(), place.end());
        }
        article.text = text;
        article.updatedAt = now;
        ArticleRevision.add(articleId, revision, text, user);
        chain.record(articleId, null, user, "revised", "text", "revision " + (revision - 1),
                "revision " + revision);
        Article.flush();
        em.createNativeQuery("delete from sentence where article_id = :a and idx < 0").setParameter("a", articleId)
                .executeUpdate();
        suggestions.rescore(articleId, article.language);
        events.publish(articleId, "article.revised", articleId, article.version, user.username);
        return new Revised(revision, moved, edited, orphaned);
    }

    private static int lastRevision(long articleId) {
        Number n = (Number) Article.getEntityManager().createQuery(
                "select coalesce(max(r.number), 0) from ArticleRevision r where r.articleId = ?1")
                .setParameter(1, articleId).getSingleResult();
        return n.intValue();
    }

    // ---- segmentation by hand ----------------------------------------------------------------------------

    /**
     * {@code POST /api/sentences/{id}/split}: {@code at} is an offset into the article text (code points), like
     * every offset of the API, strictly inside the sentence; white space at the cut goes to neither half. A cut
     * through a claim is refused (409 naming it): the claim would lie in two sentences.
     */
    public Sentence split(long sentenceId, SentenceEdit edit, AppUser user) {
        Sentence sentence = Sentence.<Sentence>findByIdOptional(sentenceId)
                .orElseThrow(() -> Problem.notFound("sentence", sentenceId));
        Article article = guard.requireWritable(sentence.articleId, edit == null ? null : edit.version());
        if (edit == null || edit.at() == null) {
            throw Problem.invalid("at", "Send at: the code-point offset in the article text where the sentence is "
                    + "cut (" + sentence.start + "–" + sentence.end + ").");
        }
        int at = edit.at();
        if (at <= sentence.start || at >= sentence.end) {
            throw Problem.invalid("at", "Cut strictly inside the sentence: between " + sentence.start + " and "
                    + sentence.end + " (article offsets, code points); " + at + " is not.");
        }
        // the cut lies inside the sentence: its own text is enough, trimmed by the segmenter's white-space rule
        IndexedText words = new IndexedText(sentence.text);
        int[] left = words.trim(0, at - sentence.start);
        int[] right = words.trim(at - sentence.start, words.length());
        if (left == null || right == null) {
            throw Problem.invalid("at", "Both parts of a split sentence need some text.");
        }
        int firstEnd = sentence.start + left[1];
        int secondStart = sentence.start + right[0];
        List<Claim> crossing = Claim.list("sentenceId = ?1 and start < ?2 and end > ?3 order by id", sentenceId,
                secondStart, firstEnd);
        if (!crossing.isEmpty()) {
            Claim c = crossing.get(0);
            throw Problem.conflict("The cut goes through claim " + c.id + " (\""
                    + CodePoints.abbreviate(c.quote, 60) + "\", "
                    + c.start + "–" + c.end + "); cut outside it.", articles.summary(article));
        }
        EntityManager em = Article.getEntityManager();
        shiftIndexes(em, sentence.articleId, sentence.index, +1);
        int oldEnd = sentence.end;
        sentence.end = firstEnd;
        String secondText = words.substring(right[0], right[1]);
        sentence.text = words.substring(left[0], left[1]);
        Sentence second = new Sentence();
        second.articleId = sentence.articleId;
        second.index = sentence.index + 1;
        second.paragraphIndex = sentence.paragraphIndex;
        second.start = secondStart;
        second.end = oldEnd;
        second.text = secondText;
        Sentence.flush();
        second.persist();
        Sentence.flush();
        // claims keep their offsets; those in the second half now belong to the new sentence
        em.createNativeQuery("update claim set sentence_id = :second, updated_at = now(), version = version + 1"
                + " where sentence_id = :first and start_cp >= :at").setParameter("second", second.id)
                .setParameter("first", sentence.id).setParameter("at", secondStart).executeUpdate();
        article.updatedAt = OffsetDateTime.now();
        history.record(article.id, null, user, "split", "sentence", (sentence.index + 1) + ": " + sentence.start
                + "–" + oldEnd, (sentence.index + 1) + ": " + sentence.start + "–" + firstEnd + ", "
                + (second.index + 1) + ": " + secondStart + "–" + oldEnd);
        Article.flush();
        suggestions.rescore(article.id, article.language);
        events.publish(article.id, "sentences.changed", sentence.id, article.version, user.username);
        return second;
    }

    /** {@code POST /api/sentences/{id}/merge-next}: only within a paragraph (sentences never cross them). */
    public Sentence mergeNext(long sentenceId, SentenceEdit edit, AppUser user) {
        Sentence sentence = Sentence.<Sentence>findByIdOptional(sentenceId)
                .orElseThrow(() -> Problem.notFound("sentence", sentenceId));
        Article article = guard.requireWritable(sentence.articleId, edit == null ? null : edit.version());
        Sentence next = Sentence.at(sentence.articleId, sentence.index + 1).orElseThrow(() -> Problem.conflict(
                "This is the last sentence of the article: there is nothing to merge it with.",
                articles.summary(article)));
        if (next.paragraphIndex != sentence.paragraphIndex) {
            throw Problem.conflict("The next sentence starts a new paragraph; sentences never cross paragraphs, so "
                    + "these two cannot be merged.", articles.summary(article));
        }
        EntityManager em = Article.getEntityManager();
        em.createNativeQuery("update claim set sentence_id = :first, updated_at = now(), version = version + 1"
                + " where sentence_id = :next").setParameter("first", sentence.id).setParameter("next", next.id)
                .executeUpdate();
        String before = (sentence.index + 1) + ": " + sentence.start + "–" + sentence.end + ", "
                + (next.index + 1) + ": " + next.start + "–" + next.end;
        int nextIndex = next.index;
        next.delete();
        Sentence.flush();
        shiftIndexes(em, sentence.articleId, nextIndex, -1);
        sentence.end = next.end;
        sentence.text = CodePoints.substring(article.text, sentence.start, sentence.end);
        article.updatedAt = OffsetDateTime.now();
        history.record(article.id, null, user, "merged", "sentence", before,
                (sentence.index + 1) + ": " + sentence.start + "–" + sentence.end);
        Article.flush();
        suggestions.rescore(article.id, article.language);
        events.publish(article.id, "sentences.changed", sentence.id, article.version, user.username);
        return sentence;
    }

    /**
     * Renumbers the sentences after {@code index} by {@code delta}. The unique (article, idx) constraint is checked
     * row by row, so they go through negative numbers first.
     */
    private static void shiftIndexes(EntityManager em, long articleId, int index, int delta) {
        em.createNativeQuery("update sentence set idx = -idx - 10 where article_id = :a and idx > :i")
                .setParameter("a", articleId).setParameter("i", index).executeUpdate();
        em.createNativeQuery("update sentence set idx = -idx - 10 + :d where article_id = :a and idx <= -10")
                .setParameter("a", articleId).setParameter("d", delta).executeUpdate();
    }

    // ---- orphans --------------------------------------------------------------------------------------------

    /** An orphaned claim gets a new span in the current text (inside one sentence, like a new claim). */
    public Claim reattachClaim(long claimId, ReattachRequest request, AppUser user) {
        Claim claim = Claim.<Claim>findByIdOptional(claimId).orElseThrow(() -> Problem.notFound("claim", claimId));
        Article article = guard.requireWritable(claim.articleId);
        if (!claim.orphaned) {
            throw Problem.conflict("Claim " + claimId + " is in the text; only orphaned claims are re-attached.",
                    null);
        }
        requireSpan(request);
        guard.requireQuote(article, request.start(), request.end(), request.quote());
        ClaimService.Span span = ClaimService.span(article, request.start(), request.end());
        String before = claim.quote;
        claim.start = span.start();
        claim.end = span.end();
        claim.quote = CodePoints.substring(article.text, span.start(), span.end());
        claim.sentenceId = span.sentence().id;
        claim.orphaned = false;
        claim.orphanDismissed = false;
        claim.refreshMatchText();
        claim.updatedAt = OffsetDateTime.now();
        history.record(article.id, claim.id, user, "reattached", "quote", before, claim.quote);
        Claim.flush();
        events.publish(article.id, "claim.updated", claim.id, claim.version, user.username);
        return claim;
    }

    /**
     * Claims are never deleted (their hash-chained history, verdict and evidence stay): dismissing an orphaned
     * claim keeps it, with its old quote, and only stops listing it as needing a place in the text.
     */
    public Claim dismissClaim(long claimId, AppUser user) {
        Claim claim = Claim.<Claim>findByIdOptional(claimId).orElseThrow(() -> Problem.notFound("claim", claimId));
        guard.requireWritable(claim.articleId);
        if (!claim.orphaned) {
            throw Problem.conflict("Claim " + claimId + " is in the text; only orphaned claims are dismissed.",
                    null);
        }
        if (!claim.orphanDismissed) {
            claim.orphanDismissed = true;
            claim.updatedAt = OffsetDateTime.now();
            history.record(claim.articleId, claim.id, user, "orphan dismissed", null, null, null);
            Claim.flush();
            events.publish(claim.articleId, "claim.updated", claim.id, claim.version, user.username);
        }
        return claim;
    }

    public Annotation reattachNote(long noteId, ReattachRequest request, AppUser user) {
        Annotation note = Annotation.<Annotation>findByIdOptional(noteId)
                .orElseThrow(() -> Problem.notFound("annotation", noteId));
        Article article = guard.requireWritable(note.articleId);
        if (!note.orphaned) {
            throw Problem.conflict("Note " + noteId + " is in the text; only orphaned notes are re-attached.", null);
        }
        requireSpan(request);
        guard.requireQuote(article, request.start(), request.end(), request.quote());
        IndexedText text = new IndexedText(article.text);
        int[] span = ClaimService.trimmedSpan(text, request.start(), request.end()); // as claims are placed
        note.placeAt(text, span[0], span[1]);
        Annotation.flush();
        events.publish(article.id, "annotation.updated", note.id, note.version, user.username);
        return note;
    }

    /**
     * A note whose text is gone is deleted with its replies: it annotated words the article no longer has.
     * Answers the article it was on.
     */
    public long dismissNote(long noteId, AppUser user) {
        Annotation note = Annotation.<Annotation>findByIdOptional(noteId)
                .orElseThrow(() -> Problem.notFound("annotation", noteId));
        guard.requireWritable(note.articleId);
        if (!note.orphaned) {
            throw Problem.conflict("Note " + noteId + " is in the text; only orphaned notes are dismissed.", null);
        }
        long articleId = note.articleId;
        note.delete();
        Annotation.flush();
        events.publish(articleId, "annotation.deleted", noteId, null, user.username);
        return articleId;
    }

    private static void requireSpan(ReattachRequest request) {
        if (request == null || request.start() == null || request.end() == null) {
            throw Problem.invalid("start", "Give start and end (code points) of a span of the current text.");
        }
    }

    /** A revision by number, 404 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleRevision revision(long articleId, int number) {
        articles.find(articleId);
        Optional<ArticleRevision> revision = ArticleRevision.find(articleId, number);
        return revision.orElseThrow(() -> Problem.notFound("revision " + number + " of article", articleId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevisionView> revisions(long articleId) {
        articles.find(articleId);
        return ArticleRevision.summaries(articleId);
    }
}
