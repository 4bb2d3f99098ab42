package org.factcheck.claim;

/**
 * {@code POST /api/articles/{id}/claims}: a whole sentence ({@code sentenceId}) or a span ({@code start, end}),
 * optionally with the {@code quote} selected there (checked: 409 when the text has changed since).
 */
public record ClaimRequest(Long sentenceId, Integer start, Integer end, String text, String claimant, String quote) {
}
