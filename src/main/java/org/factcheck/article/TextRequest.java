package org.factcheck.article;

/** {@code PUT /api/articles/{id}/text}: the corrected text and the article version it was based on. */
public record TextRequest(String text, Integer version) {
}
