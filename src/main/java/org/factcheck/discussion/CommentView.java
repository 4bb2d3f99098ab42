package org.factcheck.discussion;

import java.time.OffsetDateTime;

public record CommentView(Long id, Long claimId, Long annotationId, String body, String createdBy,
        String createdByName, OffsetDateTime createdAt) {

    public static CommentView of(Comment c) {
        return new CommentView(c.id, c.claimId, c.annotationId, c.body, c.createdBy.username,
                c.createdBy.displayName, c.createdAt);
    }
}
