package org.factcheck.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/sentences/{id}/split} ({@code at}: a code-point offset into the article text, strictly inside
 * the sentence) and {@code merge-next}; {@code version}, optional, is the article version the change was based on.
 */
public record SentenceEdit(
        @Schema(minimum = "1", description = "Needed to split: an offset strictly inside the sentence") Integer at,
        Integer version) {
}
