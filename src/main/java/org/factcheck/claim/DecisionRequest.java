package org.factcheck.claim;

/** Approve ({@code version}) or reject ({@code version, reason}) a proposed verdict. */
public record DecisionRequest(Integer version, String reason) {
}
