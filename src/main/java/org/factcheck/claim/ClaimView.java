package org.factcheck.claim;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.source.SourceView;
import org.factcheck.user.AppUser;

/** API.md: a claim as the API answers it; {@code evidence} is filled on {@code GET /api/claims/{id}}. */
public record ClaimView(Long id, long articleId,
        @Schema(nullable = true, description = "None while the claim is orphaned") Long sentenceId, int start,
        int end, String quote, @Schema(nullable = true) String text, @Schema(nullable = true) String claimant,
        String verdict, String status, @Schema(nullable = true) String rationale,
        @Schema(nullable = true) String proposedBy, @Schema(nullable = true) OffsetDateTime proposedAt,
        @Schema(nullable = true) String approvedBy, @Schema(nullable = true) OffsetDateTime approvedAt,
        @Schema(nullable = true) String rejectionReason, @Schema(nullable = true) String assignee,
        String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
        List<EvidenceView> evidence, boolean orphaned,
        @Schema(nullable = true, description = "Where this claim's fact-check was published, when not the article's")
        String factcheckUrl) {

    public static ClaimView of(Claim c) {
        Map<Long, SourceView.Snapshots> snapshots = SourceView
                .snapshotsOf(c.evidence.stream().map(e -> e.source.id).distinct().toList());
        return of(c, snapshots);
    }

    /** Many claims with their evidence's snapshots loaded in one query. */
    public static List<ClaimView> all(List<Claim> claims) {
        var snapshots = SourceView.snapshotsOf(claims.stream()
                .flatMap(c -> c.evidence.stream()).map(e -> e.source.id).distinct().toList());
        return claims.stream().map(c -> of(c, snapshots)).toList();
    }

    /** With snapshots loaded beforehand for many claims (reports, lists): no query per claim. */
    public static ClaimView of(Claim c, Map<Long, SourceView.Snapshots> snapshots) {
        return new ClaimView(c.id, c.articleId, c.sentenceId, c.start, c.end, c.quote, c.text, c.claimant,
                c.verdict.key(), c.status.key(), c.rationale, name(c.proposedBy), c.proposedAt, name(c.approvedBy),
                c.approvedAt, c.rejectionReason, name(c.assignee), name(c.createdBy), c.createdAt, c.updatedAt,
                c.version, c.evidence.stream().map(e -> EvidenceView.of(e, snapshots)).toList(), c.orphaned,
                c.factcheckUrl);
    }

    private static String name(AppUser user) {
        return user == null ? null : user.username;
    }
}
