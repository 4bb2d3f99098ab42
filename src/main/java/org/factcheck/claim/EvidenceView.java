package org.factcheck.claim;

import java.time.OffsetDateTime;

import org.factcheck.source.SourceView;

public record EvidenceView(Long id, long claimId, SourceView source, String stance, String excerpt, String note,
        String createdBy, OffsetDateTime createdAt) {

    public static EvidenceView of(Evidence e) {
        return new EvidenceView(e.id, e.claim.id, SourceView.of(e.source), e.stance.key(), e.excerpt, e.note,
                e.createdBy.username, e.createdAt);
    }
}
