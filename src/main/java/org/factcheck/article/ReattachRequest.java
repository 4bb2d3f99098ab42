package org.factcheck.article;

/**
 * {@code POST /api/claims/{id}/reattach}, {@code /api/annotations/{id}/reattach}: the new span, code points, and
 * optionally the {@code quote} selected there (checked: 409 when the text has changed since).
 */
public record ReattachRequest(Integer start, Integer end, String quote) {
}
