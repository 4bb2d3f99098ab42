package org.factcheck.discussion;

import java.time.OffsetDateTime;

/** A mention of the current user, with where it was made (the claim, or the note's article). */
public record MentionView(Long id, OffsetDateTime at, String by, String byName, String body, Long claimId,
        Long annotationId, long articleId, OffsetDateTime readAt) {
}
