package org.factcheck.user;

import java.util.List;

/** Create ({@code POST /api/users}) or change ({@code PATCH /api/users/{id}}) a user; null means "leave as is". */
public record UserRequest(String username, String password, String displayName, List<String> roles, Boolean active,
        Integer version) {
}
