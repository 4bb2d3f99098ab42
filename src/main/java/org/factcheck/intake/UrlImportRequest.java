package org.factcheck.intake;

/**
 * {@code POST /api/articles/from-url}: the story's address; the rest corrects what the page says about itself
 * (left out, the page's own metadata is used).
 */
public record UrlImportRequest(String url, String language, String title, String outlet, String authors,
        String publishedAt) {
}
