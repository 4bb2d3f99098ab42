package org.factcheck.user;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Password checks with throttling (OWASP ASVS 2.2.1): after {@value #MAX_FAILURES} failed attempts for one
 * account within {@link #WINDOW}, the account refuses every attempt, right or wrong, for {@link #WINDOW}. Other
 * accounts are not affected. Each outcome is written to the audit table in its own transaction, so failures are
 * kept even though the login fails. The caller answers every failure the same way, so nobody learns whether a
 * user exists.
 */
@ApplicationScoped
public class LoginGuard {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Compared against when the user does not exist, so both cases take the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-dummy-password");

    /** The active user whose password this is, or null; records the attempt. */
    public AppUser verify(String username, String password, String remoteAddress, boolean recordSuccess) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime since = OffsetDateTime.now().minus(WINDOW);
            if (AuthEvent.count("username = ?1 and event = ?2 and at > ?3", username, AuthEvent.LOCKED_OUT, since) > 0) {
                AuthEvent.record(username, AuthEvent.LOGIN_REFUSED, remoteAddress, "account locked");
                return null;
            }
            AppUser user = AppUser.findByUsername(username).orElse(null);
            boolean matches = BcryptUtil.matches(password, user == null ? DUMMY_HASH : user.passwordHash);
            if (user != null && matches && user.active) {
                if (recordSuccess) {
                    AuthEvent.record(username, AuthEvent.LOGIN, remoteAddress, null);
                }
                return user;
            }
            AuthEvent.record(username, AuthEvent.LOGIN_FAILED, remoteAddress,
                    user != null && matches ? "account deactivated" : null);
            OffsetDateTime lastLockOrLogin = AuthEvent.<AuthEvent>find("username = ?1 and event in (?2, ?3) order by at desc",
                    username, AuthEvent.LOGIN, AuthEvent.LOCKED_OUT).firstResultOptional().map(e -> e.at)
                    .orElse(since);
            OffsetDateTime from = lastLockOrLogin.isAfter(since) ? lastLockOrLogin : since;
            long failures = AuthEvent.count("username = ?1 and event = ?2 and at > ?3", username,
                    AuthEvent.LOGIN_FAILED, from);
            if (failures >= MAX_FAILURES) {
                AuthEvent.record(username, AuthEvent.LOCKED_OUT, remoteAddress,
                        failures + " failed attempts; locked for " + WINDOW.toMinutes() + " minutes");
            }
            return null;
        });
    }
}
