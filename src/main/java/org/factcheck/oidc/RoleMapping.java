package org.factcheck.oidc;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.factcheck.user.Role;

/**
 * Which of the provider's groups (or roles) give which desk role: "desk-editors=editor,fact-checkers=checker".
 * Read at every sign-in, so a change of groups at the provider changes the role at the next sign-in.
 */
public final class RoleMapping {

    private final Map<String, Role> roles;

    private RoleMapping(Map<String, Role> roles) {
        this.roles = roles;
    }

    /** Refuses a pair without '=' or with an unknown role, so a typo stops the start instead of a sign-in. */
    public static RoleMapping parse(String text) {
        Map<String, Role> roles = new LinkedHashMap<>();
        if (text != null) {
            for (String pair : text.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.lastIndexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new IllegalArgumentException("FACTCHECK_OIDC_ROLE_MAPPING: '" + pair.strip()
                            + "' is not group=role");
                }
                String role = pair.substring(eq + 1).strip();
                try {
                    roles.put(pair.substring(0, eq).strip(), Role.of(role));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("FACTCHECK_OIDC_ROLE_MAPPING: unknown role '" + role
                            + "' (viewer, checker, editor or admin)");
                }
            }
        }
        return new RoleMapping(Map.copyOf(roles));
    }

    /** The desk roles the groups give; empty when none of them is mapped. */
    public Set<Role> rolesFor(Collection<String> groups) {
        Set<Role> mapped = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            Role role = roles.get(group);
            if (role != null) {
                mapped.add(role);
            }
        }
        return mapped;
    }

    public boolean isEmpty() {
        return roles.isEmpty();
    }
}
