package org.factcheck.article;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the article list: metadata and progress, no text. */
public record ArticleSummary(Long id, String title, String language, String direction, String status, int version,
        @Schema(nullable = true) String url, @Schema(nullable = true) String outlet,
        @Schema(nullable = true) OffsetDateTime publishedAt, OffsetDateTime createdAt, ArticleStats stats,
        @Schema(nullable = true) String factcheckUrl) {

    public static ArticleSummary of(Article a, ArticleStats stats) {
        return new ArticleSummary(a.id, a.title, a.language, a.direction, a.status.key(), a.version, a.url, a.outlet,
                a.publishedAt, a.createdAt, stats, a.factcheckUrl);
    }
}
