package org.factcheck.user;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create ({@code POST /api/users}) or change ({@code PATCH /api/users/{id}}) a user; null means "leave as is". */
public record UserRequest(
        @Schema(pattern = "^\\s*[a-zA-Z0-9][a-zA-Z0-9._-]{1,63}\\s*$",
                description = "Needed to create (then lower-cased); cannot change") String username,
        @Schema(minLength = PasswordPolicy.MIN_LENGTH, maxLength = PasswordPolicy.MAX_LENGTH,
                description = "Needed to create; not a common password") String password,
        @Schema(maxLength = 200) String displayName,
        @Schema(minItems = 1, description = "Needed to create: viewer, checker, editor, admin") List<String> roles,
        Boolean active,
        @Schema(description = "Needed to change a user") Integer version) {
}
