package org.factcheck.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Approve ({@code version}) or reject ({@code version, reason}) a proposed verdict. */
public record DecisionRequest(@Schema(required = true) Integer version,
        @Schema(maxLength = 2000, description = "Needed to reject") String reason) {
}
