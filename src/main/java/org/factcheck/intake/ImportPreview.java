package org.factcheck.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import would save, shown to the editor before saving: nothing is stored to make it. */
public record ImportPreview(String url, @Schema(nullable = true) String canonicalUrl,
        @Schema(nullable = true) String title, @Schema(nullable = true) String standfirst,
        @Schema(nullable = true) String outlet, @Schema(nullable = true) String authors,
        @Schema(nullable = true) String publishedAt, @Schema(nullable = true) String modifiedAt, String language,
        String direction, String text, int paragraphs) {
}
