package org.factcheck.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/articles/from-url}: the story's address; the rest corrects what the page says about itself
 * (left out, the page's own metadata is used).
 */
public record UrlImportRequest(@Schema(required = true, description = "http or https") String url,
        @Schema(description = "A language code; detected when left out") String language,
        @Schema(description = "Corrects the title found on the page") String title,
        @Schema(description = "Corrects the outlet found on the page") String outlet,
        @Schema(description = "Corrects the authors found on the page") String authors,
        @Schema(description = "Corrects the publication date found on the page (ISO 8601)") String publishedAt) {
}
