package org.factcheck.twofactor;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the caller signs in with two factors, and whether their role requires it. */
public record TwoFactorStatus(boolean enabled, @Schema(nullable = true) OffsetDateTime since,
        long recoveryCodesLeft, boolean required) {
}
