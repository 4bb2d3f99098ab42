package org.factcheck.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/articles/{id}/claims}: a whole sentence ({@code sentenceId}) or a span ({@code start, end}),
 * optionally with the {@code quote} selected there (checked: 409 when the text has changed since).
 */
public record ClaimRequest(@Schema(description = "Either sentenceId, or start and end") Long sentenceId,
        @Schema(minimum = "0") Integer start, @Schema(minimum = "1") Integer end,
        @Schema(maxLength = 2000) String text, @Schema(maxLength = 300) String claimant, String quote) {
}
