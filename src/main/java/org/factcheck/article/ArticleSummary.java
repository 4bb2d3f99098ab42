package org.factcheck.article;

import java.time.OffsetDateTime;

/** One line of the article list: metadata and progress, no text. */
public record ArticleSummary(Long id, String title, String language, String direction, String status, int version,
        String url, String outlet, OffsetDateTime publishedAt, OffsetDateTime createdAt, ArticleStats stats,
        String factcheckUrl) {

    public static ArticleSummary of(Article a, ArticleStats stats) {
        return new ArticleSummary(a.id, a.title, a.language, a.direction, a.status.key(), a.version, a.url, a.outlet,
                a.publishedAt, a.createdAt, stats, a.factcheckUrl);
    }
}
