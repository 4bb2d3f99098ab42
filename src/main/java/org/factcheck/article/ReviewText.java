package org.factcheck.article;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.factcheck.annotation.Annotation;
import org.factcheck.claim.Claim;

/**
 * The article as the review page shows it: paragraphs of sentences, each cut into pieces so that claims and notes
 * can be highlighted without ever putting markup into the (escaped) text. Built in memory from rows loaded in bulk.
 */
public record ReviewText(List<ParagraphView> paragraphs) {

    public record ParagraphView(int index, List<SentenceView> sentences) {
    }

    public record SentenceView(long id, int index, int start, int end, String text, List<Piece> pieces) {
    }

    /** A run of text with the claim that colours it (the innermost one) and whether a note covers it. */
    public record Piece(String text, int start, Claim claim, boolean noted) {
        public String verdictClass() {
            return claim == null ? "" : "verdict-" + claim.verdict.key().replace('_', '-');
        }
    }

    public static ReviewText build(Article article, List<Sentence> sentences, List<Claim> allClaims,
            List<Annotation> allNotes) {
        // orphans (text revisions) keep the offsets of an older text: they are listed apart, never highlighted
        List<Claim> claims = allClaims.stream().filter(c -> !c.orphaned).toList();
        List<Annotation> notes = allNotes.stream().filter(n -> !n.orphaned).toList();
        int[] codePoints = article.text.codePoints().toArray();
        List<ParagraphView> paragraphs = new ArrayList<>();
        for (int i = 0; i < article.paragraphs.size(); i++) {
            paragraphs.add(new ParagraphView(i, new ArrayList<>()));
        }
        int claimCursor = 0;
        for (Sentence sentence : sentences) {
            TreeSet<Integer> cuts = new TreeSet<>(List.of(sentence.start, sentence.end));
            List<Claim> inside = new ArrayList<>();
            // claims are sorted by start; each lies inside one sentence
            while (claimCursor < claims.size() && claims.get(claimCursor).start < sentence.end) {
                Claim claim = claims.get(claimCursor++);
                if (claim.start >= sentence.start) {
                    inside.add(claim);
                    cuts.add(claim.start);
                    cuts.add(claim.end);
                }
            }
            List<Annotation> noted = new ArrayList<>();
            for (Annotation note : notes) {
                if (note.start < sentence.end && note.end > sentence.start) {
                    noted.add(note);
                    cuts.add(Math.max(note.start, sentence.start));
                    cuts.add(Math.min(note.end, sentence.end));
                }
            }
            List<Piece> pieces = new ArrayList<>();
            Integer previous = null;
            for (int cut : cuts) {
                if (previous != null && cut > previous) {
                    pieces.add(new Piece(new String(codePoints, previous, cut - previous), previous,
                            innermost(inside, previous, cut), covered(noted, previous, cut)));
                }
                previous = cut;
            }
            SentenceView view = new SentenceView(sentence.id, sentence.index, sentence.start, sentence.end,
                    sentence.text, pieces);
            paragraphs.get(sentence.paragraphIndex).sentences().add(view);
        }
        return new ReviewText(paragraphs);
    }

    private static Claim innermost(List<Claim> claims, int from, int to) {
        Claim best = null;
        for (Claim claim : claims) {
            if (claim.start <= from && claim.end >= to && (best == null || claim.end - claim.start < best.end - best.start)) {
                best = claim;
            }
        }
        return best;
    }

    private static boolean covered(List<Annotation> notes, int from, int to) {
        return notes.stream().anyMatch(n -> n.start <= from && n.end >= to);
    }
}
