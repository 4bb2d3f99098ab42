package org.factcheck.article;

import java.time.OffsetDateTime;

/**
 * {@code GET /api/articles/{id}/revisions}: one revision of the text; {@code length} is in code points (PostgreSQL's
 * {@code length()} counts characters, not UTF-16 units), computed by the database so the list loads no text.
 */
public record RevisionView(int number, String createdBy, OffsetDateTime createdAt, int length) {

    public RevisionView(int number, String createdBy, OffsetDateTime createdAt, Integer length) {
        this(number, createdBy, createdAt, length == null ? 0 : length.intValue());
    }

    /** {@code GET /api/articles/{id}/revisions/{n}}. */
    public record Full(int number, String createdBy, OffsetDateTime createdAt, int length, String text) {
        static Full of(ArticleRevision r) {
            return new Full(r.number, r.createdBy.username, r.createdAt,
                    r.text.codePointCount(0, r.text.length()), r.text);
        }
    }
}
