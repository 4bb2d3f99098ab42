package org.factcheck.twofactor;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A user's TOTP secret, encrypted ({@link TotpSecrets}). Without {@code AppUser.twoFactorSince} it is an enrolment
 * not yet confirmed with a code.
 */
@Entity
@Table(name = "user_totp")
public class UserTotp extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public Long userId;

    /** "v1:" + Base64(IV ‖ AES-GCM ciphertext of the raw secret). */
    public String secret;

    /** The last time step whose code was accepted: that code, and older ones, are never accepted again. */
    @Column(name = "last_step")
    public Long lastStep;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    public static Optional<UserTotp> of(long userId) {
        return findByIdOptional(userId);
    }

    /**
     * Claims a time step for a login, atomically across instances: true only the first time a code of this step
     * (or a later one) is used.
     */
    public static boolean claimStep(long userId, long step) {
        return update("lastStep = ?1 where userId = ?2 and (lastStep is null or lastStep < ?1)", step, userId) == 1;
    }
}
