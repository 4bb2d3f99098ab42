package org.factcheck.claim;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.source.SourceView;

public record EvidenceView(Long id, long claimId, SourceView source, String stance,
        @Schema(nullable = true) String excerpt, @Schema(nullable = true) String note,
        String createdBy, OffsetDateTime createdAt) {

    public static EvidenceView of(Evidence e) {
        return of(e, null);
    }

    /** With the source's snapshots already loaded for all evidence at once. */
    public static EvidenceView of(Evidence e, Map<Long, SourceView.Snapshots> snapshots) {
        SourceView source = snapshots == null ? SourceView.of(e.source)
                : SourceView.of(e.source, snapshots.get(e.source.id));
        return new EvidenceView(e.id, e.claim.id, source, e.stance.key(), e.excerpt, e.note, e.createdBy.username,
                e.createdAt);
    }
}
