package org.factcheck.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.factcheck.user.AppUser;
import org.factcheck.user.AuthEvent;
import org.factcheck.web.AuthRefusal;
import org.factcheck.web.Problem;

import io.quarkus.security.AuthenticationFailedException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Creating, listing, revoking and checking personal API tokens (docs/security.md, API tokens). */
@ApplicationScoped
public class TokenService {

    public static final String PREFIX = "fct_";
    static final int MAX_DAYS = 366;
    static final int MAX_ACTIVE_PER_USER = 50;
    /** last_used_at is written at most this often per token: not a write on every API call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Created(ApiToken token, String secret) {
    }

    @Transactional
    public Created create(AppUser owner, TokenRequest request, String remoteAddress) {
        if (request == null) {
            throw Problem.badRequest("Send the token as JSON: name, expiresInDays, scope.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new Problem.FieldError("name", "A token's name has 1 to 100 characters."));
        }
        if (request.expiresInDays() == null || request.expiresInDays() < 1 || request.expiresInDays() > MAX_DAYS) {
            errors.add(new Problem.FieldError("expiresInDays",
                    "A token expires after 1 to " + MAX_DAYS + " days: give expiresInDays."));
        }
        String scope = request.scope() == null ? "" : request.scope().strip();
        if (!scope.equals(ApiToken.READ) && !scope.equals(ApiToken.WRITE)) {
            errors.add(new Problem.FieldError("scope", "The scope is \"read\" (GET only) or \"write\"."));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        if (ApiToken.count("user.id = ?1 and revokedAt is null and expiresAt > ?2", owner.id,
                OffsetDateTime.now()) >= MAX_ACTIVE_PER_USER) {
            throw Problem.invalid("name", "You have " + MAX_ACTIVE_PER_USER
                    + " active tokens: revoke one you no longer use first.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken();
        token.user = AppUser.getEntityManager().getReference(AppUser.class, owner.id);
        token.name = name;
        token.scope = scope;
        token.tokenHash = hash(secret);
        token.displayPrefix = secret.substring(0, 10);
        token.expiresAt = token.createdAt.plusDays(request.expiresInDays());
        token.persist();
        AuthEvent.record(owner.username, AuthEvent.TOKEN_CREATED, remoteAddress,
                "token " + token.displayPrefix + "… \"" + name + "\", " + scope + ", expires " + token.expiresAt);
        return new Created(token, secret);
    }

    @Transactional
    public List<ApiToken> list(AppUser owner) {
        return ApiToken.ofUser(owner.id);
    }

    /**
     * Revokes one of the owner's tokens, by the owner or an admin ({@code by}); a token of someone else is "not
     * found", as if it did not exist.
     */
    @Transactional
    public ApiToken revoke(long ownerId, long id, String by, String remoteAddress) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id).filter(t -> t.user.id.equals(ownerId))
                .orElseThrow(() -> Problem.notFound("API token", id));
        if (token.revokedAt == null) {
            token.revokedAt = OffsetDateTime.now();
            AuthEvent.record(token.user.username, AuthEvent.TOKEN_REVOKED, remoteAddress,
                    "token " + token.displayPrefix + "… \"" + token.name + "\""
                            + (by.equals(token.user.username) ? "" : " by " + by));
        }
        return token;
    }

    @Transactional
    public List<ApiToken> listOf(long userId) {
        if (AppUser.findByIdOptional(userId).isEmpty()) {
            throw Problem.notFound("user", userId);
        }
        return ApiToken.ofUser(userId);
    }

    /**
     * The owner of a presented token, or a refusal ({@link AuthRefusal}) saying why not (recorded in the audit). A
     * read-only token is refused here for anything but GET and HEAD, so no endpoint can forget the check.
     */
    public AppUser authenticate(String secret, String method, String remoteAddress) {
        // the refusal is thrown after the transaction ends, so its audit line is kept
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
            ApiToken token = secret.startsWith(PREFIX) && secret.length() < 100
                    ? ApiToken.findByHash(hash(secret)).orElse(null) : null;
            if (token == null) {
                String shown = secret.length() > 10 ? secret.substring(0, 10) + "…" : "";
                AuthEvent.record("(unknown token)", AuthEvent.TOKEN_REFUSED, remoteAddress,
                        "unknown API token " + shown);
                return Outcome.refused(401, "This API token is not known. Create one on your profile page.");
            }
            AppUser owner = token.user;
            String refusal = token.revokedAt != null ? "This API token was revoked."
                    : token.expired() ? "This API token expired on " + token.expiresAt.toLocalDate() + "."
                    : !owner.active ? "This API token's account is deactivated." : null;
            if (refusal != null) {
                AuthEvent.record(owner.username, AuthEvent.TOKEN_REFUSED, remoteAddress,
                        "token " + token.displayPrefix + "…: " + refusal);
                return Outcome.refused(401, refusal);
            }
            if (token.readOnly() && !method.equals("GET") && !method.equals("HEAD")) {
                AuthEvent.record(owner.username, AuthEvent.TOKEN_REFUSED, remoteAddress,
                        "read-only token " + token.displayPrefix + "… used for " + method);
                return Outcome.refused(403, "This API token is read-only: it may only GET. Create a read-write "
                        + "token to make changes.");
            }
            OffsetDateTime now = OffsetDateTime.now();
            if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USE_PRECISION))) {
                token.lastUsedAt = now;
            }
            return new Outcome(owner, null);
        });
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.owner();
    }

    private record Outcome(AppUser owner, AuthenticationFailedException refusal) {
        static Outcome refused(int status, String detail) {
            return new Outcome(null, AuthRefusal.of(status, detail,
                    status == 401 ? "Bearer error=\"invalid_token\"" : null));
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
