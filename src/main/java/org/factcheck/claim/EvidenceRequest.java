package org.factcheck.claim;

/** {@code POST /api/claims/{id}/evidence}: a new or known source ({@code sourceId}) and its stance. */
public record EvidenceRequest(SourceRequest source, Long sourceId, String stance, String excerpt, String note) {

    public record SourceRequest(String url, String title, String publisher, String publishedAt) {
    }
}
