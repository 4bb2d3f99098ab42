package org.factcheck.token;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a token: the only time its secret is shown. */
public record CreatedToken(
        @Schema(description = "Send as 'Authorization: Bearer <token>'; shown only now") String token,
        TokenView details) {
}
