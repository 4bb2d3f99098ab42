package org.factcheck.user;

import java.util.List;

/** API.md: {@code GET /api/me} and the user list. */
public record UserView(Long id, String username, String displayName, List<String> roles, boolean active, int version) {

    public static UserView of(AppUser user) {
        return new UserView(user.id, user.username, user.displayName,
                user.roleSet().stream().map(Role::key).toList(), user.active, user.version);
    }
}
