package org.factcheck.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /api/claims/{id}}: only the fields sent change. {@code assignee} is a username; an empty string
 * unassigns.
 */
public record ClaimPatch(
        @Schema(enumeration = { "unreviewed", "verified", "mostly_verified", "disputed", "misleading", "false",
                "unverifiable" }, description = "Any verdict but unreviewed needs a rationale") String verdict,
        @Schema(maxLength = 10_000) String rationale,
        @Schema(maxLength = 2000) String text,
        @Schema(maxLength = 300) String claimant,
        @Schema(description = "An active checker's username; \"\" unassigns") String assignee,
        @Schema(required = true) Integer version) {
}
