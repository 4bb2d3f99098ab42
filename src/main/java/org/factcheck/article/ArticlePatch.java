package org.factcheck.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.web.ApiSchema;

/**
 * {@code PATCH /api/articles/{id}}: a new status, title and/or assignee (a username, "" to unassign), based on
 * {@code version}. Reopening a published article (status in_review) needs a {@code correctionNote}.
 * {@code factcheckUrl}: where the fact-check was published ("" forgets it); allowed on a published article too.
 */
public record ArticlePatch(
        @Schema(enumeration = { "draft", "in_review", "reviewed", "published" }) String status,
        @Schema(pattern = ApiSchema.NOT_BLANK, maxLength = 500) String title,
        @Schema(required = true) Integer version,
        @Schema(description = "An active checker's username; \"\" unassigns") String assignee,
        @Schema(maxLength = 5000, description = "Needed to reopen a published article") String correctionNote,
        @Schema(maxLength = 2000, description = "Where the fact-check was published (http or https); \"\" forgets it")
        String factcheckUrl) {

    public ArticlePatch(String status, String title, Integer version) {
        this(status, title, version, null, null, null);
    }

    public ArticlePatch(String status, String title, Integer version, String assignee, String correctionNote) {
        this(status, title, version, assignee, correctionNote, null);
    }
}
