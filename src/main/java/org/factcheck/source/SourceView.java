package org.factcheck.source;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API.md: {@code GET /api/sources/{id}}; {@code snapshot} is the copy made when the source was first cited. */
public record SourceView(Long id, String url, String title, @Schema(nullable = true) String publisher,
        @Schema(nullable = true) OffsetDateTime publishedAt, @Schema(nullable = true) String reliabilityNote,
        int version, @Schema(nullable = true) SnapshotView snapshot, @Schema(nullable = true) SnapshotView lastCheck) {

    public record SnapshotView(Long id, String status, OffsetDateTime requestedAt,
            @Schema(nullable = true) OffsetDateTime fetchedAt, @Schema(nullable = true) Integer httpStatus,
            @Schema(nullable = true) String finalUrl, @Schema(nullable = true) String title,
            @Schema(nullable = true) String contentHash, @Schema(nullable = true) String error,
            @Schema(nullable = true) String change) {

        static SnapshotView of(SourceSnapshot s) {
            return s == null ? null : new SnapshotView(s.id, s.status, s.requestedAt, s.fetchedAt, s.httpStatus,
                    s.finalUrl, s.title, s.contentHash, s.error, s.change);
        }

        public boolean changed() {
            return "changed".equals(change);
        }

        public boolean gone() {
            return "gone".equals(change);
        }
    }

    /** First and latest snapshot of a source, for "as cited on …" and the re-check flag. */
    public record Snapshots(SnapshotView first, SnapshotView latest) {
        public SnapshotView lastCheck() {
            return latest == null || first == null || latest.id().equals(first.id()) ? null : latest;
        }
    }

    public static SourceView of(Source s) {
        return of(s, snapshotsOf(List.of(s.id)).get(s.id));
    }

    public static SourceView of(Source s, Snapshots snapshots) {
        return new SourceView(s.id, s.url, s.title, s.publisher, s.publishedAt, s.reliabilityNote, s.version,
                snapshots == null ? null : snapshots.first(), snapshots == null ? null : snapshots.lastCheck());
    }

    /** The snapshots of many sources in one query. */
    public static Map<Long, Snapshots> snapshotsOf(List<Long> sourceIds) {
        Map<Long, Snapshots> result = new HashMap<>();
        for (SourceSnapshot s : SourceSnapshot.forSources(sourceIds)) {
            Snapshots known = result.get(s.sourceId);
            SnapshotView view = SnapshotView.of(s);
            result.put(s.sourceId, known == null ? new Snapshots(view, view) : new Snapshots(known.first(), view));
        }
        return result;
    }
}
