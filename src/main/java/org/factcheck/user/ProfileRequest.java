package org.factcheck.user;

/**
 * {@code PATCH /api/me}: a new display name and/or a new password (with the current one), and/or the interface
 * language: "ar", "en", or "auto" (or "") to follow the browser again.
 */
public record ProfileRequest(String displayName, String currentPassword, String newPassword, String locale) {
}
