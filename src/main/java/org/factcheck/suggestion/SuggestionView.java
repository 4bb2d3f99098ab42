package org.factcheck.suggestion;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/articles/{id}/suggestions}: one suggested sentence, its score and reasons, best first. */
public record SuggestionView(long id, long articleId,
        @Schema(nullable = true, description = "None once a revision removed the sentence") Long sentenceId,
        String sentence, double score, List<String> reasons, String status,
        @Schema(nullable = true) String decidedBy, @Schema(nullable = true) OffsetDateTime decidedAt,
        @Schema(nullable = true, description = "The claim an accept made") Long claimId, int version) {

    static SuggestionView of(Suggestion s) {
        return new SuggestionView(s.id, s.articleId, s.sentenceId, s.sentenceText,
                Math.round(s.score * 1000) / 1000.0, s.reasonList().stream().map(Reason::key).toList(), s.status,
                s.decidedBy == null ? null : s.decidedBy.username,
                s.decidedAt, s.claimId, s.version);
    }
}
