package org.factcheck.twofactor;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One of ten one-time codes for when the authenticator is lost; bcrypt-hashed, used once. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "used_at")
    public OffsetDateTime usedAt;

    public static List<RecoveryCode> unused(long userId) {
        return list("userId = ?1 and usedAt is null", userId);
    }
}
