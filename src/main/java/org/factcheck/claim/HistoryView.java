package org.factcheck.claim;

import java.time.OffsetDateTime;

/** API.md: {@code GET /api/claims/{id}/history}. */
public record HistoryView(OffsetDateTime at, String user, String action, String field, String from, String to) {

    public static HistoryView of(ClaimHistoryEntry h) {
        return new HistoryView(h.at, h.user.username, h.action, h.field, h.from, h.to);
    }
}
