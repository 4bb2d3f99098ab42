package org.factcheck.oidc;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factcheck.user.AppUser;
import org.factcheck.user.AuthEvent;
import org.factcheck.user.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Accounts of people who sign in through the provider: linked by issuer and subject, made at the first sign-in
 * (just in time), their roles read again from the provider's groups at every sign-in. Where no group maps, a new
 * person gets the default role and a known one keeps the role an admin gave. A deactivated account stays out
 * whatever the provider says. Every outcome is audited, a refusal in its own transaction so it is kept.
 */
@ApplicationScoped
public class OidcAccounts {

    @Inject
    OidcSettings settings;

    /** The account to start a session for; refused ones throw {@link SignInRefused} after the audit line. */
    public AppUser signIn(ProviderAccount account, String remoteAddress) {
        Set<Role> mapped = settings.mapping().rolesFor(account.groups());
        String who = account.username() == null || account.username().isBlank() ? account.subject() : account.username();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                AppUser user = AppUser.findByOidc(account.issuer(), account.subject()).orElse(null);
                if (user != null && !user.active) {
                    throw new SignInRefused(SignInRefused.Reason.DEACTIVATED, "oidc: account deactivated");
                }
                if (mapped.isEmpty() && settings.oidc().requireMappedGroup()) {
                    throw new SignInRefused(SignInRefused.Reason.UNKNOWN_GROUP,
                            "oidc: no mapped group in " + limited(account.groups().toString()));
                }
                boolean created = user == null;
                if (created) {
                    user = new AppUser();
                    user.username = freeUsername(who);
                    user.oidcIssuer = account.issuer();
                    user.oidcSubject = account.subject();
                    user.displayName = displayName(account, user.username);
                    user.roles = (mapped.isEmpty() ? Set.of(settings.defaultRole()) : mapped).stream()
                            .map(Role::key).sorted().collect(Collectors.joining(","));
                    user.persist();
                } else if (!mapped.isEmpty()) {
                    user.roles = mapped.stream().map(Role::key).sorted().collect(Collectors.joining(","));
                }
                AuthEvent.record(user.username, AuthEvent.LOGIN, remoteAddress, limited("oidc " + account.issuer()
                        + (created ? "; account created" : "") + "; roles " + user.roles
                        + (mapped.isEmpty() ? " (no group mapped: local roles)" : " (from groups)")));
                return user;
            });
        } catch (SignInRefused refused) {
            refuse(who, remoteAddress, refused.getMessage());
            throw refused;
        }
    }

    /** An audit line for a refusal that happened before any account was looked at (state, token, provider). */
    public void refuse(String who, String remoteAddress, String detail) {
        QuarkusTransaction.requiringNew().run(() -> AuthEvent.record(who == null || who.isBlank() ? "(oidc)" : who,
                AuthEvent.LOGIN_REFUSED, remoteAddress, limited(detail)));
    }

    private static String displayName(ProviderAccount account, String fallback) {
        String name = account.displayName() == null ? "" : account.displayName().strip();
        return name.isEmpty() ? fallback : name.length() > 200 ? name.substring(0, 200) : name;
    }

    /**
     * A username fit for app_user (lower-case letters, digits, '.', '_', '-'; 2 to 64) from the provider's name;
     * a number is added when it is taken, so an existing local account is never taken over by a provider's name.
     */
    static String freeUsername(String wanted) {
        String base = Normalizer.normalize(wanted == null ? "" : wanted, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("@.*$", "").replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        if (base.length() < 2) {
            base = "user-" + base;
        }
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String name = base;
        for (int n = 2; AppUser.findByUsername(name).isPresent(); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private static String limited(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
