package org.factcheck.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.web.ApiSchema;

/** {@code POST /api/claims/{id}/evidence}: a new or known source ({@code sourceId}) and its stance. */
public record EvidenceRequest(@Schema(description = "Either source or sourceId") SourceRequest source,
        Long sourceId,
        @Schema(required = true, enumeration = { "supports", "refutes", "context" }) String stance,
        @Schema(maxLength = 5000) String excerpt, @Schema(maxLength = 5000) String note) {

    public record SourceRequest(@Schema(required = true, maxLength = 2000, pattern = ApiSchema.HTTP_URL) String url,
            @Schema(maxLength = 500) String title, @Schema(maxLength = 300) String publisher,
            @Schema(pattern = ApiSchema.DATE_OR_DATE_TIME) String publishedAt) {
    }
}
