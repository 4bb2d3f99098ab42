package org.factcheck.article;

/**
 * {@code POST /api/sentences/{id}/split} ({@code at}: a code-point offset into the article text, strictly inside
 * the sentence) and {@code merge-next}; {@code version}, optional, is the article version the change was based on.
 */
public record SentenceEdit(Integer at, Integer version) {
}
