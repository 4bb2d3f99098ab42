package org.factcheck.annotation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.web.ApiSchema;

/**
 * {@code POST /api/articles/{id}/annotations}: a note on the span start–end (code points), optionally with the
 * {@code quote} selected there (checked: 409 when the text has changed since).
 */
public record AnnotationRequest(@Schema(required = true, minimum = "0") Integer start,
        @Schema(required = true, minimum = "1") Integer end,
        @Schema(required = true, pattern = ApiSchema.NOT_BLANK, maxLength = 10_000) String body,
        @Schema(enumeration = { "commenting", "questioning", "assessing", "tagging", "classifying",
                "highlighting" }, description = "commenting when absent") String motivation,
        String quote) {
}
