package org.factcheck.article;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API.md: {@code GET /api/articles/{id}}. */
public record ArticleView(Long id, String title, String language, String direction, String status, int version,
        @Schema(nullable = true) String url, @Schema(nullable = true) String outlet,
        @Schema(nullable = true) OffsetDateTime publishedAt, OffsetDateTime createdAt, String text,
        List<ParagraphView> paragraphs, List<SentenceView> sentences, ArticleStats stats,
        @Schema(nullable = true) String factcheckUrl) {

    public record ParagraphView(int index, int start, int end) {
    }

    public record SentenceView(Long id, int index, int paragraphIndex, int start, int end, String text) {
        public static SentenceView of(Sentence s) {
            return new SentenceView(s.id, s.index, s.paragraphIndex, s.start, s.end, s.text);
        }
    }

    public static ArticleView of(Article article, List<Sentence> sentences, ArticleStats stats) {
        List<ParagraphView> paragraphs = new java.util.ArrayList<>();
        for (int i = 0; i < article.paragraphs.size(); i++) {
            paragraphs.add(new ParagraphView(i, article.paragraphs.get(i).start, article.paragraphs.get(i).end));
        }
        return new ArticleView(article.id, article.title, article.language, article.direction, article.status.key(),
                article.version, article.url, article.outlet, article.publishedAt, article.createdAt, article.text,
                paragraphs, sentences.stream().map(SentenceView::of).toList(), stats, article.factcheckUrl);
    }
}
