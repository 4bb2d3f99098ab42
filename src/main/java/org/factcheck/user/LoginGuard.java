package org.factcheck.user;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @ConfigProperty(name = "factcheck.local-login.enabled", defaultValue = "true")
    boolean localLoginEnabled;

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Compared against when the user does not exist, so both cases take the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-dummy-password");

    /**
     * HTTP Basic sends the password with every API call, and bcrypt is slow on purpose (~70 ms of CPU): a password
     * verified in the last {@link #REMEMBER} for the same stored hash is accepted without bcrypt. Only a keyed
     * digest is kept (the key is random per process), never the password; a changed password or a failure
     * forgets it.
     */
    private record Verified(String digest, String passwordHash, long until) {
    }

    static final Duration REMEMBER = Duration.ofMinutes(5);
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] key = newKey();

    private boolean recentlyVerified(AppUser user, String password) {
        Verified v = user == null ? null : verified.get(user.username);
        return v != null && v.until() > System.nanoTime() && v.passwordHash().equals(user.passwordHash)
                && MessageDigest.isEqual(v.digest().getBytes(StandardCharsets.US_ASCII),
                        digest(user.username, password).getBytes(StandardCharsets.US_ASCII));
    }

    private void remember(AppUser user, String password) {
        if (verified.size() > 10_000) {
            verified.clear(); // bounded: at worst some bcrypt checks again
        }
        verified.put(user.username, new Verified(digest(user.username, password), user.passwordHash,
                System.nanoTime() + REMEMBER.toNanos()));
    }

    private String digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((username + "\u0000" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** The active user whose password this is, or null; records the attempt. */
    public AppUser verify(String username, String password, String remoteAddress, boolean recordSuccess) {
        if (!localLoginEnabled) {
            // docs/security.md: everyone signs in through the provider; a password is not even looked at
            QuarkusTransaction.requiringNew().run(() -> AuthEvent.record(username, AuthEvent.LOGIN_REFUSED,
                    remoteAddress, "local passwords are switched off (FACTCHECK_LOCAL_LOGIN_ENABLED=false)"));
            return null;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (lockedNow(username, remoteAddress)) {
                return null;
            }
            AppUser user = AppUser.findByUsername(username).orElse(null);
            boolean remembered = recentlyVerified(user, password);
            // an account made by an OpenID Connect sign-in has no password: compared like an unknown user's
            boolean matches = remembered || BcryptUtil.matches(password,
                    user == null || user.passwordHash == null ? DUMMY_HASH : user.passwordHash)
                    && user != null && user.passwordHash != null;
            if (user != null && matches && user.active) {
                if (!remembered) {
                    remember(user, password); // counted from the bcrypt check: constant use does not extend it
                }
                // with two factors the login is not done yet: it is recorded when the code is right
                if (recordSuccess && !user.twoFactorEnabled()) {
                    AuthEvent.record(username, AuthEvent.LOGIN, remoteAddress, null);
                }
                return user;
            }
            verified.remove(username);
            AuthEvent.record(username, AuthEvent.LOGIN_FAILED, remoteAddress,
                    user != null && matches ? "account deactivated" : null);
            lockIfTooMany(username, remoteAddress);
            return null;
        });
    }

    /** True, and recorded, while the account is locked out. */
    private static boolean lockedNow(String username, String remoteAddress) {
        OffsetDateTime since = OffsetDateTime.now().minus(WINDOW);
        if (AuthEvent.count("username = ?1 and event = ?2 and at > ?3", username, AuthEvent.LOCKED_OUT, since) > 0) {
            AuthEvent.record(username, AuthEvent.LOGIN_REFUSED, remoteAddress, "account locked");
            return true;
        }
        return false;
    }

    /** Wrong passwords and wrong two-factor codes count alike since the last login or lockout. */
    private static void lockIfTooMany(String username, String remoteAddress) {
        OffsetDateTime since = OffsetDateTime.now().minus(WINDOW);
        OffsetDateTime lastLockOrLogin = AuthEvent.<AuthEvent>find(
                "username = ?1 and event in (?2, ?3) order by at desc", username, AuthEvent.LOGIN, AuthEvent.LOCKED_OUT)
                .firstResultOptional().map(e -> e.at).orElse(since);
        OffsetDateTime from = lastLockOrLogin.isAfter(since) ? lastLockOrLogin : since;
        long failures = AuthEvent.count("username = ?1 and event in (?2, ?3) and at > ?4", username,
                AuthEvent.LOGIN_FAILED, AuthEvent.TWO_FACTOR_FAILED, from);
        if (failures >= MAX_FAILURES) {
            AuthEvent.record(username, AuthEvent.LOCKED_OUT, remoteAddress,
                    failures + " failed attempts; locked for " + WINDOW.toMinutes() + " minutes");
        }
    }

    /** The second step of a login (the two-factor code) is refused while the account is locked. */
    public boolean locked(String username, String remoteAddress) {
        return QuarkusTransaction.requiringNew().call(() -> lockedNow(username, remoteAddress));
    }

    /** A wrong two-factor code: recorded like a wrong password, and counted towards the lockout. */
    public void codeFailed(String username, String remoteAddress, String detail) {
        QuarkusTransaction.requiringNew().run(() -> {
            AuthEvent.record(username, AuthEvent.TWO_FACTOR_FAILED, remoteAddress, detail);
            lockIfTooMany(username, remoteAddress);
        });
    }

    /** A login finished with its second factor. */
    public void recordLogin(String username, String remoteAddress, String detail) {
        QuarkusTransaction.requiringNew().run(() -> AuthEvent.record(username, AuthEvent.LOGIN, remoteAddress,
                detail));
    }
}
