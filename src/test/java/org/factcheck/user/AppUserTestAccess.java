package org.factcheck.user;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads what the API never shows: the stored password hash. */
final class AppUserTestAccess {

    private AppUserTestAccess() {
    }

    static String passwordHash(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).orElseThrow().passwordHash);
    }
}
