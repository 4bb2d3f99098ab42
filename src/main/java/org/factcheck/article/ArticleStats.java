package org.factcheck.article;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.Verdict;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Progress of an article: its claims by verdict and by status (API.md: {@code stats}). */
public record ArticleStats(int claims, int unreviewed, int verified,
        @JsonProperty("mostly_verified") int mostlyVerified, int disputed, int misleading,
        @JsonProperty("false") int falseCount, int unverifiable, int open, int proposed, int approved) {

    public static final ArticleStats EMPTY = new ArticleStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Percentage of claims approved, for progress bars. */
    public int percentApproved() {
        return claims == 0 ? 0 : Math.round(100f * approved / claims);
    }

    /** A meter needs max > 0. */
    public int meterMax() {
        return Math.max(1, claims);
    }

    /** Stats of many articles in one grouped query. */
    public static Map<Long, ArticleStats> forArticles(List<Long> articleIds) {
        Map<Long, ArticleStats> result = new HashMap<>();
        if (articleIds.isEmpty()) {
            return result;
        }
        Map<Long, Map<Verdict, Integer>> verdicts = new HashMap<>();
        Map<Long, Map<ClaimStatus, Integer>> statuses = new HashMap<>();
        List<Object[]> rows = Claim.getEntityManager().createQuery("select c.articleId, c.verdict, c.status, count(c)"
                + " from Claim c where c.articleId in :ids group by c.articleId, c.verdict, c.status", Object[].class)
                .setParameter("ids", articleIds).getResultList();
        for (Object[] row : rows) {
            long articleId = (Long) row[0];
            int n = ((Long) row[3]).intValue();
            verdicts.computeIfAbsent(articleId, k -> new EnumMap<>(Verdict.class)).merge((Verdict) row[1], n, Integer::sum);
            statuses.computeIfAbsent(articleId, k -> new EnumMap<>(ClaimStatus.class))
                    .merge((ClaimStatus) row[2], n, Integer::sum);
        }
        for (Long id : articleIds) {
            result.put(id, of(verdicts.getOrDefault(id, Map.of()), statuses.getOrDefault(id, Map.of())));
        }
        return result;
    }

    public static ArticleStats of(List<Claim> claims) {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        Map<ClaimStatus, Integer> statuses = new EnumMap<>(ClaimStatus.class);
        for (Claim claim : claims) {
            verdicts.merge(claim.verdict, 1, Integer::sum);
            statuses.merge(claim.status, 1, Integer::sum);
        }
        return of(verdicts, statuses);
    }

    private static ArticleStats of(Map<Verdict, Integer> v, Map<ClaimStatus, Integer> s) {
        int total = v.values().stream().mapToInt(Integer::intValue).sum();
        return new ArticleStats(total, v.getOrDefault(Verdict.UNREVIEWED, 0), v.getOrDefault(Verdict.VERIFIED, 0),
                v.getOrDefault(Verdict.MOSTLY_VERIFIED, 0), v.getOrDefault(Verdict.DISPUTED, 0),
                v.getOrDefault(Verdict.MISLEADING, 0), v.getOrDefault(Verdict.FALSE, 0),
                v.getOrDefault(Verdict.UNVERIFIABLE, 0), s.getOrDefault(ClaimStatus.OPEN, 0),
                s.getOrDefault(ClaimStatus.PROPOSED, 0), s.getOrDefault(ClaimStatus.APPROVED, 0));
    }
}
