package org.factcheck.article;

/**
 * {@code PATCH /api/articles/{id}}: a new status, title and/or assignee (a username, "" to unassign), based on
 * {@code version}. Reopening a published article (status in_review) needs a {@code correctionNote}.
 * {@code factcheckUrl}: where the fact-check was published ("" forgets it); allowed on a published article too.
 */
public record ArticlePatch(String status, String title, Integer version, String assignee, String correctionNote,
        String factcheckUrl) {

    public ArticlePatch(String status, String title, Integer version) {
        this(status, title, version, null, null, null);
    }

    public ArticlePatch(String status, String title, Integer version, String assignee, String correctionNote) {
        this(status, title, version, assignee, correctionNote, null);
    }
}
