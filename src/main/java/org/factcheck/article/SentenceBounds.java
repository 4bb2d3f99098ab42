package org.factcheck.article;

import java.util.List;
import java.util.OptionalLong;

/**
 * An article's sentences as ids and code-point bounds, in text order, read with one query and no entities: which
 * sentence holds a span, for many spans at once (a text revision's claims, an import's claims).
 */
public final class SentenceBounds {

    private final long[] ids;
    private final int[] starts;
    private final int[] ends;

    private SentenceBounds(List<Object[]> rows) {
        ids = new long[rows.size()];
        starts = new int[rows.size()];
        ends = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ids[i] = ((Number) rows.get(i)[0]).longValue();
            starts[i] = ((Number) rows.get(i)[1]).intValue();
            ends[i] = ((Number) rows.get(i)[2]).intValue();
        }
    }

    /** The article's current sentences (a revision steps the old ones aside to negative indexes first). */
    public static SentenceBounds of(long articleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Sentence.getEntityManager().createNativeQuery("select id, start_cp, end_cp"
                + " from sentence where article_id = :a and idx >= 0 order by idx").setParameter("a", articleId)
                .getResultList();
        return new SentenceBounds(rows);
    }

    /** The id of the sentence that holds all of [start, end), if one does (sentences do not overlap). */
    public OptionalLong holding(int start, int end) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) { // the last sentence starting at or before start
            int mid = (low + high) >>> 1;
            if (starts[mid] <= start) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found >= 0 && end <= ends[found] ? OptionalLong.of(ids[found]) : OptionalLong.empty();
    }
}
