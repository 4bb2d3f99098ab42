package org.factcheck.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.web.ApiSchema;

/** {@code POST /api/articles}: an article to import; language is detected when absent. */
public record ArticleRequest(
        @Schema(maxLength = 500, description = "The first line of the text when absent") String title,
        @Schema(required = true, pattern = ApiSchema.NOT_BLANK, maxLength = 500_000,
                description = "At most factcheck.max-article-chars (500,000 by default) characters; more is 413")
        String text,
        @Schema(pattern = "^\\s*$|^\\s*[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*\\s*$",
                description = "BCP-47 tag; detected from the text when absent") String language,
        @Schema(maxLength = 2000, pattern = ApiSchema.HTTP_URL) String url,
        @Schema(maxLength = 300) String outlet,
        @Schema(pattern = ApiSchema.DATE_OR_DATE_TIME, description = "2022-09-13 or 2022-09-13T10:00:00+03:00")
        String publishedAt) {
}
