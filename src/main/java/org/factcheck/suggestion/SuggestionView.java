package org.factcheck.suggestion;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /api/articles/{id}/suggestions}: one suggested sentence, its score and reasons, best first. */
public record SuggestionView(long id, long articleId, Long sentenceId, String sentence, double score,
        List<String> reasons, String status, String decidedBy, OffsetDateTime decidedAt, Long claimId, int version) {

    static SuggestionView of(Suggestion s) {
        return new SuggestionView(s.id, s.articleId, s.sentenceId, s.sentenceText,
                Math.round(s.score * 1000) / 1000.0, s.reasonList().stream().map(Reason::key).toList(), s.status, s.decidedBy == null ? null : s.decidedBy.username,
                s.decidedAt, s.claimId, s.version);
    }
}
