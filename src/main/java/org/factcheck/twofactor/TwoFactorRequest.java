package org.factcheck.twofactor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A code from the authenticator app (or a recovery code), and the password where turning it off needs it. */
public record TwoFactorRequest(@Schema(required = true, maxLength = 20) String code,
        @Schema(nullable = true) String password) {
}
