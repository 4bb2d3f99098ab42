package org.factcheck.user;

/** {@code PATCH /api/me}: a new display name and/or a new password (with the current one). */
public record ProfileRequest(String displayName, String currentPassword, String newPassword) {
}
