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
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/** A person who logs in; quarkus-security-jpa reads username, bcrypt hash and roles from this entity. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "display_name")
    public String displayName;

    /** Comma-separated role names, as {@link Roles} expects. */
    @Roles
    public String roles;

    public boolean active = true;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    public int version;

    public Set<Role> roleSet() {
        return Arrays.stream(roles.split(",")).map(Role::of).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public boolean has(Role role) {
        return roleSet().stream().anyMatch(r -> r.includes(role));
    }

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static boolean anyAdmin() {
        return count("roles like ?1", "%admin%") > 0;
    }
}
