package org.factcheck.article;

/** {@code PATCH /api/articles/{id}}: a new status and/or title, based on {@code version}. */
public record ArticlePatch(String status, String title, Integer version) {
}
