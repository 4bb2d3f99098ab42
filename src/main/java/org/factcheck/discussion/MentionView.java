package org.factcheck.discussion;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mention of the current user, with where it was made (the claim, or the note's article). */
public record MentionView(Long id, OffsetDateTime at, String by, String byName, String body,
        @Schema(nullable = true) Long claimId, @Schema(nullable = true) Long annotationId, long articleId,
        @Schema(nullable = true) OffsetDateTime readAt) {
}
