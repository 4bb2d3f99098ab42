package org.factcheck.token;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.factcheck.user.AppUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A personal API token: only the SHA-256 of its secret is kept, the secret itself is shown once. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    public static final String READ = "read";
    public static final String WRITE = "write";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public AppUser user;

    public String name;

    @Column(name = "token_hash")
    public String tokenHash;

    /** The first characters of the secret ("fct_ab12cd"), so people can tell their tokens apart. */
    @Column(name = "display_prefix")
    public String displayPrefix;

    public String scope;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    public boolean readOnly() {
        return !WRITE.equals(scope);
    }

    public boolean expired() {
        return !expiresAt.isAfter(OffsetDateTime.now());
    }

    /** The token with its owner, in one query: every Bearer request reads both. */
    public static Optional<ApiToken> findByHash(String hash) {
        return find("from ApiToken t join fetch t.user where t.tokenHash = ?1", hash).firstResultOptional();
    }

    public static List<ApiToken> ofUser(long userId) {
        return list("user.id = ?1 order by createdAt desc, id desc", userId);
    }

    /** Deactivation ends every token of the account (they are refused anyway while it is inactive). */
    public static int revokeAllOf(long userId) {
        return update("revokedAt = ?1 where user.id = ?2 and revokedAt is null", OffsetDateTime.now(), userId);
    }
}
