package org.factcheck.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /api/claims/{id}}: only the fields sent change. {@code assignee} is a username; an empty string
 * unassigns. {@code factcheckUrl} (editors): where this claim's fact-check was published, when not on the article's
 * page ("" forgets it); it may be sent alone on a published article.
 */
public record ClaimPatch(
        @Schema(enumeration = { "unreviewed", "verified", "mostly_verified", "disputed", "misleading", "false",
                "unverifiable" }, description = "Any verdict but unreviewed needs a rationale") String verdict,
        @Schema(maxLength = 10_000) String rationale,
        @Schema(maxLength = 2000) String text,
        @Schema(maxLength = 300) String claimant,
        @Schema(description = "An active checker's username; \"\" unassigns") String assignee,
        @Schema(required = true) Integer version,
        @Schema(maxLength = 2000, description = "Editors: where this claim's fact-check was published (http or https);"
                + " \"\" forgets it") String factcheckUrl) {

    public ClaimPatch(String verdict, String rationale, String text, String claimant, String assignee,
            Integer version) {
        this(verdict, rationale, text, claimant, assignee, version, null);
    }
}
