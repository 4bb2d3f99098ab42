package org.factcheck.article;

/** {@code POST /api/articles}: an article to import; language is detected when absent. */
public record ArticleRequest(String title, String text, String language, String url, String outlet,
        String publishedAt) {
}
