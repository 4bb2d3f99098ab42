package org.factcheck.token;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as listed: never its secret. {@code status} is active, expired or revoked. */
public record TokenView(long id, String name, String prefix,
        @Schema(enumeration = {"read", "write"}) String scope,
        OffsetDateTime createdAt, OffsetDateTime expiresAt,
        @Schema(nullable = true) OffsetDateTime lastUsedAt,
        @Schema(nullable = true) OffsetDateTime revokedAt,
        @Schema(enumeration = {"active", "expired", "revoked"}) String status) {

    public static TokenView of(ApiToken t) {
        String status = t.revokedAt != null ? "revoked" : t.expired() ? "expired" : "active";
        return new TokenView(t.id, t.name, t.displayPrefix, t.scope, t.createdAt, t.expiresAt, t.lastUsedAt,
                t.revokedAt, status);
    }
}
