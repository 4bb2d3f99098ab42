package org.factcheck.article;

/** {@code POST /api/claims/{id}/reattach}, {@code /api/annotations/{id}/reattach}: the new span, code points. */
public record ReattachRequest(Integer start, Integer end) {
}
