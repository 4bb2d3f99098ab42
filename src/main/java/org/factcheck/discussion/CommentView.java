package org.factcheck.discussion;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CommentView(Long id, @Schema(nullable = true) Long claimId,
        @Schema(nullable = true) Long annotationId, String body, String createdBy,
        String createdByName, OffsetDateTime createdAt) {

    public static CommentView of(Comment c) {
        return new CommentView(c.id, c.claimId, c.annotationId, c.body, c.createdBy.username,
                c.createdBy.displayName, c.createdAt);
    }
}
