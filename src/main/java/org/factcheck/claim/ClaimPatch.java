package org.factcheck.claim;

/**
 * {@code PATCH /api/claims/{id}}: only the fields sent change. {@code assignee} is a username; an empty string
 * unassigns.
 */
public record ClaimPatch(String verdict, String rationale, String text, String claimant, String assignee,
        Integer version) {
}
