package org.factcheck.claim;

/** {@code POST /api/articles/{id}/claims}: a whole sentence ({@code sentenceId}) or a span ({@code start, end}). */
public record ClaimRequest(Long sentenceId, Integer start, Integer end, String text, String claimant) {
}
