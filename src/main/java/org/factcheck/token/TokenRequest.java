package org.factcheck.token;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new token: a name to recognise it by, its lifetime in days (required, at most a year) and its scope. */
public record TokenRequest(
        @Schema(required = true, maxLength = 100) String name,
        @Schema(required = true, minimum = "1", maximum = "366") Integer expiresInDays,
        @Schema(required = true, enumeration = {"read", "write"}) String scope) {
}
