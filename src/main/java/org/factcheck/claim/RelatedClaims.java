package org.factcheck.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.text.MatchText;

/**
 * Claims in other articles that say the same thing (API.md: {@code /related}), so the desk reuses a verdict
 * instead of redoing it. Candidates come from PostgreSQL: trigram similarity (pg_trgm, GIN index) and full-text
 * rank on the folded text (text/MatchText: Arabic diacritics and letter variants, digits, case). Numbers then
 * and names decide: the same claim with a different number is a different claim ("49 killed" is not "50
 * killed"), and one about other people or places most likely too.
 * Measured on a labelled set of claim pairs: docs/related-claims.md.
 */
@ApplicationScoped
public class RelatedClaims {

    /** Below this a candidate is not shown; chosen on the labelled pairs (docs/related-claims.md). */
    static final double THRESHOLD = 0.35;
    static final int LIMIT = 10;

    public record Related(long id, long articleId, String articleTitle, String quote,
            @Schema(nullable = true) String text, String verdict,
            String status, double score) {
    }

    @Transactional
    public List<Related> forClaim(Claim claim) {
        String query = claim.matchText;
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String tsQuery = Arrays.stream(query.split(" ")).map(w -> w.replaceAll("[^\\p{L}\\p{N}]", ""))
                .filter(w -> w.length() > 1).distinct().map(w -> "'" + w + "'").collect(Collectors.joining(" | "));
        var em = Claim.getEntityManager();
        em.createNativeQuery("set local pg_trgm.similarity_threshold = 0.15").executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.article_id, a.title, c.quote, c.text, c.verdict,"
                + " c.status, c.match_text, similarity(c.match_text, :q),"
                + " case when :tsq = '' then 0 else ts_rank(to_tsvector('simple', c.match_text),"
                + " to_tsquery('simple', :tsq)) end"
                + " from claim c join article a on a.id = c.article_id"
                + " where c.article_id <> :article and c.match_text % :q"
                + " order by similarity(c.match_text, :q) desc limit 100")
                .setParameter("q", query).setParameter("tsq", tsQuery).setParameter("article", claim.articleId)
                .getResultList();
        Set<String> numbers = MatchText.numbers(query);
        Set<String> names = MatchText.names(claim.quote + (claim.text == null ? "" : ". " + claim.text));
        List<Related> related = new ArrayList<>();
        for (Object[] r : rows) {
            double score = score(((Number) r[8]).doubleValue(), ((Number) r[9]).doubleValue(), numbers,
                    MatchText.numbers((String) r[7]), names,
                    MatchText.names(r[3] + (r[4] == null ? "" : ". " + r[4])));
            if (score >= THRESHOLD) {
                related.add(new Related(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (String) r[6], Math.round(score * 1000) / 1000.0));
            }
        }
        related.sort(Comparator.comparingDouble(Related::score).reversed());
        return related.size() > LIMIT ? related.subList(0, LIMIT) : related;
    }

    /** Trigram similarity, helped by the full-text rank, then weighed by the numbers and names both mention. */
    static double score(double similarity, double rank, Set<String> numbers, Set<String> candidateNumbers,
            Set<String> names, Set<String> candidateNames) {
        double score = 0.8 * similarity + 0.2 * Math.min(1.0, rank * 10);
        if (!numbers.isEmpty() && !candidateNumbers.isEmpty()) {
            score = numbers.equals(candidateNumbers) ? score + 0.15 : score * 0.4;
        } else if (!numbers.isEmpty() || !candidateNumbers.isEmpty()) {
            score *= 0.8;
        }
        if (!names.isEmpty() && !candidateNames.isEmpty()) {
            boolean shared = names.stream().anyMatch(candidateNames::contains);
            score = shared ? score + 0.05 : score * 0.7; // other people or places: most likely another claim
        }
        return Math.min(1.0, score);
    }
}
