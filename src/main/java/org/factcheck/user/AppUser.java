package org.factcheck.user;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person who logs in (see {@link UserIdentityProvider}); the password is kept as a bcrypt hash only. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "display_name")
    public String displayName;

    /** Signed in through OpenID Connect: the provider's issuer and subject (both or neither); see oidc/. */
    @Column(name = "oidc_issuer")
    public String oidcIssuer;

    @Column(name = "oidc_subject")
    public String oidcSubject;

    /** Comma-separated role names. */
    public String roles;

    public boolean active = true;

    /** Interface language chosen on the profile ("ar" or "en"); null follows the browser's Accept-Language. */
    public String locale;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    /** When the user confirmed an authenticator (twofactor/); null: password only. */
    @Column(name = "two_factor_since")
    public OffsetDateTime twoFactorSince;

    @Version
    public int version;

    public Set<Role> roleSet() {
        return Arrays.stream(roles.split(",")).map(Role::of).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public boolean has(Role role) {
        return roleSet().stream().anyMatch(r -> r.includes(role));
    }

    public boolean twoFactorEnabled() {
        return twoFactorSince != null;
    }

    /**
     * Signs in through the organisation's provider (oidc/): its second factor, if any, is the provider's business,
     * so the desk's own two-factor sign-in (twofactor/) is for local accounts only.
     */
    public boolean signsInThroughProvider() {
        return oidcSubject != null;
    }

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static Optional<AppUser> findByOidc(String issuer, String subject) {
        return find("oidcIssuer = ?1 and oidcSubject = ?2", issuer, subject).firstResultOptional();
    }

    public static boolean anyAdmin() {
        return count("roles like ?1", "%admin%") > 0;
    }
}
