package org.factcheck.user;

import java.util.Locale;

/**
 * API.md: roles. Each role may do what the ones before it may; a user may hold several. Security checks use the
 * names directly ({@code @RolesAllowed({Role.CHECKER, ...})}), so a user's stored roles are expanded by
 * {@link RoleAugmentor} to everything they include.
 */
public enum Role {
    VIEWER, CHECKER, EDITOR, ADMIN;

    public static final String VIEWER_NAME = "viewer";
    public static final String CHECKER_NAME = "checker";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public static Role of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown role: " + name);
        }
    }
}
