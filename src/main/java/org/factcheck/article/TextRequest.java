package org.factcheck.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.web.ApiSchema;

/** {@code PUT /api/articles/{id}/text}: the corrected text and the article version it was based on. */
public record TextRequest(
        @Schema(required = true, pattern = ApiSchema.NOT_BLANK, maxLength = 500_000,
                description = "At most factcheck.max-article-chars (500,000 by default) characters; more is 413")
        String text,
        @Schema(required = true) Integer version) {
}
