package org.factcheck.user;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.web.ApiSchema;

/**
 * {@code PATCH /api/me}: a new display name and/or a new password (with the current one), and/or the interface
 * language: "ar", "en", or "auto" (or "") to follow the browser again.
 */
public record ProfileRequest(@Schema(pattern = ApiSchema.NOT_BLANK, maxLength = 200) String displayName,
        @Schema(description = "Needed with newPassword") String currentPassword,
        @Schema(maxLength = PasswordPolicy.MAX_LENGTH, description = "At least 12 characters; \"\" keeps the password")
        String newPassword,
        @Schema(enumeration = { "ar", "en", "auto", "" }) String locale) {
}
