package org.factcheck.claim;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API.md: {@code GET /api/claims/{id}/history}. */
public record HistoryView(OffsetDateTime at, String user, String action, @Schema(nullable = true) String field,
        @Schema(nullable = true) String from, @Schema(nullable = true) String to) {

    public static HistoryView of(ClaimHistoryEntry h) {
        return new HistoryView(h.at, h.user.username, h.action, h.field, h.from, h.to);
    }
}
