package org.factcheck.claim;

/** {@code POST /api/claims/{id}/evidence/copy}: take the evidence of claim {@code fromClaimId}. */
public record CopyEvidenceRequest(Long fromClaimId) {
}
