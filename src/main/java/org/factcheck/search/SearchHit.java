package org.factcheck.search;

import org.factcheck.text.LanguageDetector;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One search result (API.md: {@code GET /api/search}). {@code title} is the article or source title, or the
 * claim's quote; {@code snippet} is HTML: the passage in its original spelling, escaped, with the matched words in
 * {@code <mark>}. Status and verdict only where the type has them; {@code articleId} and {@code articleTitle} for
 * claims; {@code language} for articles and claims (the article's), so the snippet can carry its lang/dir.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(String type, long id, String title, String link, Long articleId, String articleTitle,
        String status, String verdict, String language, double rank, @JsonIgnore Snippet snippetParts) {

    static SearchHit of(String type, long id, Long articleId, String title, String status, String verdict,
            String language, double rank, Snippet snippet, String articleTitle) {
        String link = switch (type) {
            case "article" -> "/articles/" + id;
            case "claim" -> "/claims/" + id;
            default -> "/sources/" + id;
        };
        return new SearchHit(type, id, title, link, "claim".equals(type) ? articleId : null, articleTitle, status,
                verdict, language, Math.round(rank * 10000) / 10000.0, snippet);
    }

    /** The snippet as escaped HTML with {@code <mark>} around the matches. */
    @JsonProperty("snippet")
    public String snippet() {
        return snippetParts.html();
    }

    /** The article's direction for claims and articles; null for sources, whose snippet takes dir="auto". */
    @JsonIgnore
    public String direction() {
        return language == null ? null : LanguageDetector.direction(language);
    }
}
