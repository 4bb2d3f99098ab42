package org.factcheck.claim;

/**
 * {@code PATCH /api/claims/{id}}: only the fields sent change. {@code assignee} is a username; an empty string
 * unassigns. {@code factcheckUrl} (editors): where this claim's fact-check was published, when not on the article's
 * page ("" forgets it); it may be sent alone on a published article.
 */
public record ClaimPatch(String verdict, String rationale, String text, String claimant, String assignee,
        Integer version, String factcheckUrl) {

    public ClaimPatch(String verdict, String rationale, String text, String claimant, String assignee,
            Integer version) {
        this(verdict, rationale, text, claimant, assignee, version, null);
    }
}
