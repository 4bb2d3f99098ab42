package org.factcheck.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/claims/{id}/evidence/copy}: take the evidence of claim {@code fromClaimId}. */
public record CopyEvidenceRequest(@Schema(required = true) Long fromClaimId) {
}
