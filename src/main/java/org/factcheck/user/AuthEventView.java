package org.factcheck.user;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.web.Page;

import io.quarkus.panache.common.Sort;

public record AuthEventView(Long id, OffsetDateTime at, String username, String event,
        @Schema(nullable = true) String remoteAddress, @Schema(nullable = true) String detail) {

    public static AuthEventView of(AuthEvent e) {
        return new AuthEventView(e.id, e.at, e.username, e.event, e.remoteAddress, e.detail);
    }

    public static Page<AuthEventView> page(String username, int page, int size) {
        Page.check(page, size);
        var query = username == null || username.isBlank()
                ? AuthEvent.<AuthEvent>findAll(Sort.descending("at", "id"))
                : AuthEvent.<AuthEvent>find("username", Sort.descending("at", "id"), username.strip());
        return new Page<>(query.page(page, size).list().stream().map(AuthEventView::of).toList(), page, size,
                query.count());
    }
}
