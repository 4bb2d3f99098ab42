package org.factcheck.twofactor;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factcheck.config.FactcheckConfig;
import org.factcheck.user.AppUser;
import org.factcheck.user.AuthEvent;
import org.factcheck.user.LoginGuard;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Two-factor sign-in for local accounts (docs/security.md): enrolment with a code, ten recovery codes, turning it
 * off with the password and a code, and checking a code at login. A wrong code is recorded like a wrong password
 * and counts towards {@link LoginGuard}'s lockout; the records are written in their own transactions, so a refusal
 * keeps them.
 */
@ApplicationScoped
public class TwoFactorService {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TotpSecrets secrets;
    @Inject
    LoginGuard guard;
    @Inject
    FactcheckConfig config;
    @Inject
    TwoFactorPolicy policy;

    public TwoFactorStatus status(AppUser me) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = reload(me);
            return new TwoFactorStatus(user.twoFactorEnabled(), user.twoFactorSince,
                    user.twoFactorEnabled() ? RecoveryCode.count("userId = ?1 and usedAt is null", user.id) : 0,
                    !user.signsInThroughProvider() && user.has(Role.EDITOR) && policy.requiredForEditors());
        });
    }

    /** A new secret waiting for its first code (replaces one not yet confirmed). */
    public record Enrolment(String secret, String otpauthUri) {
    }

    public Enrolment start(AppUser me) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = reload(me);
            if (user.twoFactorEnabled()) {
                throw Problem.conflict("Two-factor sign-in is already on. Turn it off first to use another app.",
                        null);
            }
            if (user.signsInThroughProvider()) {
                throw Problem.conflict("You sign in through your organisation's account: its second factor is set up"
                        + " there, not here.", null);
            }
            byte[] raw = TotpSecrets.newSecret();
            UserTotp totp = UserTotp.of(user.id).orElseGet(UserTotp::new);
            totp.userId = user.id;
            totp.secret = secrets.encrypt(raw);
            totp.lastStep = null;
            totp.createdAt = OffsetDateTime.now();
            totp.persist();
            return enrolment(user, raw);
        });
    }

    /** The enrolment waiting for its code, to show again (null: none). */
    public Enrolment pending(AppUser me) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = reload(me);
            if (user.twoFactorEnabled()) {
                return null;
            }
            return UserTotp.of(user.id).map(t -> enrolment(user, secrets.decrypt(t.secret))).orElse(null);
        });
    }

    private Enrolment enrolment(AppUser user, byte[] raw) {
        return new Enrolment(TotpSecrets.base32(raw),
                TotpSecrets.otpauthUri(config.organization().name(), user.username, raw));
    }

    /** Confirms the enrolment with a code from the app; answers the recovery codes, shown this once. */
    public List<String> confirm(AppUser me, String code, String remoteAddress) {
        String refusal = QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = reload(me);
            if (user.twoFactorEnabled()) {
                return "Two-factor sign-in is already on.";
            }
            UserTotp totp = UserTotp.of(user.id).orElse(null);
            if (totp == null) {
                return "Start the set-up first: there is no secret waiting for a code.";
            }
            return totpAccepted(user.id, totp, code) ? null : wrongCode();
        });
        if (refusal != null) {
            codeFailed(me.username, remoteAddress, "during set-up");
            throw Problem.invalid("code", refusal);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser.update("twoFactorSince = ?1 where id = ?2", OffsetDateTime.now(), me.id);
            AuthEvent.record(me.username, AuthEvent.TWO_FACTOR_ENABLED, remoteAddress, null);
            return newRecoveryCodes(me.id);
        });
    }

    /** Turns two-factor sign-in off: the password and a code (or a recovery code) prove it is the owner. */
    public void disable(AppUser me, String password, String code, String remoteAddress) {
        AppUser user = provenOwner(me, password, code, remoteAddress, "turning two-factor off");
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser.update("twoFactorSince = null where id = ?1", user.id);
            UserTotp.deleteById(user.id);
            RecoveryCode.delete("userId", user.id);
            AuthEvent.record(user.username, AuthEvent.TWO_FACTOR_DISABLED, remoteAddress, "by the user");
        });
    }

    /**
     * New recovery codes in place of the old ones (all of them, used or not), for someone who has used or lost
     * some: the password and a code prove it is the owner. Shown this once, like the first ones.
     */
    public List<String> renewRecoveryCodes(AppUser me, String password, String code, String remoteAddress) {
        AppUser user = provenOwner(me, password, code, remoteAddress, "renewing recovery codes");
        return QuarkusTransaction.requiringNew().call(() -> {
            AuthEvent.record(user.username, AuthEvent.RECOVERY_CODES_NEW, remoteAddress, null);
            return newRecoveryCodes(user.id);
        });
    }

    /**
     * An admin turns someone else's two-factor sign-in off, for a person who lost both phone and recovery codes
     * (after checking who they are, outside the application). They log in with their password alone and, where
     * the desk requires it, are sent to set it up again. An admin's own goes through {@link #disable}.
     */
    public void reset(AppUser admin, long userId, String remoteAddress) {
        if (admin.id == userId) {
            throw Problem.conflict("Turn your own two-factor sign-in off on your profile, with your password and a"
                    + " code.", null);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = AppUser.<AppUser>findByIdOptional(userId).orElseThrow(() -> Problem.notFound("user",
                    userId));
            if (!user.twoFactorEnabled()) {
                throw Problem.conflict(user.username + " has no two-factor sign-in to reset.", null);
            }
            AppUser.update("twoFactorSince = null where id = ?1", user.id);
            UserTotp.deleteById(user.id);
            RecoveryCode.delete("userId", user.id);
            AuthEvent.record(user.username, AuthEvent.TWO_FACTOR_RESET, remoteAddress, "by " + admin.username);
        });
    }

    /** The account, once the password and a code (or a recovery code) have shown its owner is at the keyboard. */
    private AppUser provenOwner(AppUser me, String password, String code, String remoteAddress, String doing) {
        List<Problem.FieldError> errors = new ArrayList<>();
        AppUser user = QuarkusTransaction.requiringNew().call(() -> reload(me));
        if (!user.twoFactorEnabled()) {
            throw Problem.conflict("Two-factor sign-in is not on.", null);
        }
        if (password == null || !BcryptUtil.matches(password, user.passwordHash)) {
            errors.add(new Problem.FieldError("password", "The password is not right."));
        }
        if (!errors.isEmpty() || verify(user, code, remoteAddress) == null) {
            if (errors.isEmpty()) {
                errors.add(new Problem.FieldError("code", wrongCode()));
            }
            codeFailed(user.username, remoteAddress, doing);
            throw Problem.invalid(errors);
        }
        return user;
    }

    /**
     * Checks a login code: a TOTP code of the current step (±1) not used before, or an unused recovery code.
     * Answers how ("code", "recovery code") or null; failures are recorded by the caller
     * ({@link #codeFailed}), which knows what was being done.
     */
    public String verify(AppUser user, String code, String remoteAddress) {
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (typed.matches("[0-9]{6}")) {
            return QuarkusTransaction.requiringNew().call(() -> UserTotp.of(user.id)
                    .filter(t -> totpAccepted(user.id, t, typed)).map(t -> "code").orElse(null));
        }
        if (!typed.matches("[a-z0-9]{10}")) {
            return null;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            for (RecoveryCode recovery : RecoveryCode.unused(user.id)) {
                if (BcryptUtil.matches(typed, recovery.codeHash)
                        && RecoveryCode.update("usedAt = ?1 where id = ?2 and usedAt is null", OffsetDateTime.now(),
                                recovery.id) == 1) {
                    long left = RecoveryCode.count("userId = ?1 and usedAt is null", user.id);
                    AuthEvent.record(user.username, AuthEvent.RECOVERY_CODE_USED, remoteAddress,
                            left + " recovery codes left");
                    return "recovery code";
                }
            }
            return null;
        });
    }

    /** A wrong, reused or expired code: recorded, and counted towards the lockout like a wrong password. */
    public void codeFailed(String username, String remoteAddress, String doing) {
        guard.codeFailed(username, remoteAddress, "wrong, reused or expired two-factor code " + doing);
    }

    private boolean totpAccepted(long userId, UserTotp totp, String code) {
        if (code == null || !code.strip().matches("[0-9]{6}")) {
            return false;
        }
        long step = secrets.matchingStep(secrets.decrypt(totp.secret), code.strip(), Instant.now());
        // a code is accepted once: the step is claimed in the database, so a replay fails on every instance
        return step >= 0 && UserTotp.claimStep(userId, step);
    }

    private List<String> newRecoveryCodes(long userId) {
        RecoveryCode.delete("userId", userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            RecoveryCode row = new RecoveryCode();
            row.userId = userId;
            row.codeHash = BcryptUtil.bcryptHash(code.toString());
            row.persist();
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    private static String wrongCode() {
        return "The code is not right, was already used or has expired: type the code your app shows now.";
    }

    private static AppUser reload(AppUser me) {
        return AppUser.<AppUser>findByIdOptional(me.id).orElseThrow(() -> Problem.notFound("user", me.id));
    }
}
