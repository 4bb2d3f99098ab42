package org.factcheck.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/claims/{id}/reattach}, {@code /api/annotations/{id}/reattach}: the new span, code points, and
 * optionally the {@code quote} selected there (checked: 409 when the text has changed since).
 */
public record ReattachRequest(@Schema(required = true, minimum = "0") Integer start,
        @Schema(required = true, minimum = "1") Integer end, String quote) {
}
