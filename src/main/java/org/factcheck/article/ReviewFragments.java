package org.factcheck.article;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factcheck.annotation.Annotation;
import org.factcheck.claim.Claim;
import org.factcheck.discussion.Comment;
import org.factcheck.web.CsrfToken;
import org.factcheck.web.UiLocale;

import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The heavy parts of the review page — the article text with its highlights, the sentence list, the claim and
 * note lists — are the same for everyone who reads the article in one interface language, and a 2,000-sentence
 * article makes them megabytes of HTML. They are rendered once and reused until the article, its sentences,
 * claims, evidence, notes or replies change (one aggregate query tells), and written out as shared UTF-8 bytes, so
 * a page costs a few small queries instead of loading, escaping and encoding thousands of rows.
 *
 * <p>Display names inside the lists (note authors) are those of the moment the parts were rendered: a renamed
 * user shows under the new name after the next change to the article.
 */
@ApplicationScoped
public class ReviewFragments {

    /** Stands for the reader's CSRF token in the cached note list; each page gets its own token. */
    static final String CSRF_SLOT = "\u0000csrf\u0000";
    /**
     * Around a part's name where the page template has it ({@link #marker}): random per run, so no text a person
     * typed (a form echoed back with an error) can pose as one.
     */
    private static final String MARK = "\u0000" + UUID.randomUUID() + "\u0000";
    private static final int ENTRIES = 64;
    /**
     * Above this many sentences the claim form asks for a sentence number instead of listing them all: a list of
     * thousands is no help to anyone and would be a third of the page.
     */
    static final int LISTED_SENTENCES = 200;

    /**
     * What the review page takes from here: all of it escaped already by the fragment templates. The note list
     * comes twice, with reply forms (around the CSRF slots) for those who may reply and without for the others:
     * the rest is the same for both, and rendered once.
     */
    public record Parts(byte[] text, int sentenceCount, String sentenceOptions, byte[] claimList,
            List<byte[]> noteListAroundCsrf, byte[] noteListReadOnly, ArticleStats stats, List<Claim> orphanClaims,
            List<Annotation> orphanNotes) {

        /** Whether the claim form lists the sentences (else it asks for a number). */
        public boolean listsSentences() {
            return sentenceCount <= LISTED_SENTENCES;
        }
    }

    private record Key(long articleId, String language) {
    }

    private final FingerprintedCache<Key, Parts> cache = new FingerprintedCache<>(ENTRIES);

    @Inject
    UiLocale uiLocale;
    @Inject
    CsrfToken csrf;

    @Location("article/review-text.html")
    Template textTemplate;
    @Location("article/review-sentence-options.html")
    Template sentenceOptionsTemplate;
    @Location("article/review-claims.html")
    Template claimsTemplate;
    @Location("article/review-notes.html")
    Template notesTemplate;

    /**
     * The fingerprint is read before the rows: a change committed in between makes the parts newer than their key
     * says, never older, and the next request sees the new fingerprint and renders again.
     */
    public Parts forPage(Article article) {
        Key key = new Key(article.id, uiLocale.lang());
        return cache.get(key, fingerprint(article.id), () -> render(article));
    }

    /** The sentence list with one sentence chosen (for people without the page script). */
    public static RawString sentenceOptions(Parts parts, Long selectedSentenceId) {
        String options = parts.sentenceOptions();
        if (selectedSentenceId != null) {
            String option = "<option value=\"" + selectedSentenceId + "\">";
            options = options.replace(option, "<option value=\"" + selectedSentenceId + "\" selected>");
        }
        return new RawString(options);
    }

    /**
     * The review page as it goes out: the page rendered for this reader, with the big parts written from the shared
     * bytes where the template has their markers — no per-request copy of a megabyte of HTML. Must be called in the
     * request (the CSRF token is the reader's); {@code canReply}: the note list with reply forms.
     */
    public StreamingOutput page(String renderedPage, Parts parts, boolean canReply) {
        byte[] token = csrf.token().getBytes(StandardCharsets.UTF_8);
        return output -> {
            int from = 0;
            for (int marker = renderedPage.indexOf(MARK); marker >= 0; marker = renderedPage.indexOf(MARK, from)) {
                output.write(renderedPage.substring(from, marker).getBytes(StandardCharsets.UTF_8));
                int end = renderedPage.indexOf(MARK, marker + MARK.length());
                switch (renderedPage.substring(marker + MARK.length(), end)) {
                    case "text" -> output.write(parts.text());
                    case "claims" -> output.write(parts.claimList());
                    case "notes" -> {
                        if (canReply) {
                            List<byte[]> pieces = parts.noteListAroundCsrf();
                            for (int i = 0; i < pieces.size(); i++) {
                                output.write(i == 0 ? new byte[0] : token);
                                output.write(pieces.get(i));
                            }
                        } else {
                            output.write(parts.noteListReadOnly());
                        }
                    }
                    default -> throw new IllegalStateException("unknown part in the review page");
                }
                from = end + MARK.length();
            }
            output.write(renderedPage.substring(from).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Where the page template puts a part: "text", "claims" or "notes" (see {@link #page}). */
    public static RawString marker(String part) {
        return new RawString(MARK + part + MARK);
    }

    private Parts render(Article article) {
        List<Sentence> sentences = Sentence.forArticle(article.id);
        List<Claim> claims = Claim.forArticle(article.id);
        List<Annotation> notes = Annotation.forArticle(article.id);
        Map<Long, List<Comment>> repliesByNote = Comment.forAnnotations(notes.stream().map(n -> n.id).toList())
                .stream().collect(Collectors.groupingBy(c -> c.annotationId));
        String text = textTemplate.data("text", ReviewText.build(article, sentences, claims, notes)).render();
        String options = sentences.size() <= LISTED_SENTENCES
                ? sentenceOptionsTemplate.data("sentences", sentences).render() : "";
        String claimList = claimsTemplate.data("article", article).data("claims", claims).render();
        String noteList = notesTemplate.data("article", article).data("notes", notes)
                .data("repliesByNote", repliesByNote).data("canReply", true).data("csrfSlot", CSRF_SLOT)
                .render();
        String noteListReadOnly = notesTemplate.data("article", article).data("notes", notes)
                .data("repliesByNote", repliesByNote).data("canReply", false).render();
        // orphans of text revisions (tags/orphans.html), from the same rows
        return new Parts(text.getBytes(StandardCharsets.UTF_8), sentences.size(), options,
                claimList.getBytes(StandardCharsets.UTF_8),
                Arrays.stream(noteList.split(CSRF_SLOT, -1)).map(piece -> piece.getBytes(StandardCharsets.UTF_8))
                        .toList(),
                noteListReadOnly.getBytes(StandardCharsets.UTF_8),
                ArticleStats.of(claims),
                claims.stream().filter(c -> c.orphaned && !c.orphanDismissed).toList(),
                notes.stream().filter(n -> n.orphaned).toList());
    }

    /**
     * Everything the parts show, in one row: the article's version (text, sentences, status), and per table the
     * number of rows with their latest change, so additions, edits and deletions all change it.
     */
    private static String fingerprint(long articleId) {
        List<?> rows = Article.getEntityManager().createNativeQuery("select concat_ws('/', a.version,"
                + " (select concat_ws(':', count(*), max(c.updated_at), sum(c.version)) from claim c"
                + "   where c.article_id = a.id),"
                + " (select concat_ws(':', count(*), max(e.id)) from evidence e join claim c on c.id = e.claim_id"
                + "   where c.article_id = a.id),"
                + " (select concat_ws(':', count(*), max(n.id), sum(n.version)) from annotation n"
                + "   where n.article_id = a.id),"
                + " (select concat_ws(':', count(*), max(r.id)) from comment r"
                + "   join annotation n on n.id = r.annotation_id where n.article_id = a.id))"
                + " from article a where a.id = :id").setParameter("id", articleId).getResultList();
        return rows.isEmpty() ? "" : String.valueOf(rows.get(0));
    }
}
