package org.factcheck.user;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of the security audit: a login, a failure, a lockout, a logout, a password change, an API token made,
 * revoked or refused, two-factor turned on or off, a wrong code, a recovery code used, a setting changed.
 */
@Entity
@Table(name = "auth_event")
public class AuthEvent extends PanacheEntityBase {

    public static final String LOGIN = "login";
    public static final String LOGIN_FAILED = "login_failed";
    public static final String LOCKED_OUT = "locked_out";
    public static final String LOGIN_REFUSED = "login_refused";
    public static final String LOGOUT = "logout";
    public static final String PASSWORD_CHANGED = "password_changed";
    public static final String TOKEN_CREATED = "token_created";
    public static final String TOKEN_REVOKED = "token_revoked";
    public static final String TOKEN_REFUSED = "token_refused";
    public static final String TWO_FACTOR_ENABLED = "two_factor_enabled";
    public static final String TWO_FACTOR_DISABLED = "two_factor_disabled";
    /** A wrong, reused or expired code; counted by {@link LoginGuard} like a wrong password. */
    public static final String TWO_FACTOR_FAILED = "two_factor_failed";
    public static final String RECOVERY_CODE_USED = "recovery_code_used";
    public static final String SETTING_CHANGED = "setting_changed";
    public static final String RECOVERY_CODES_NEW = "recovery_codes_new";
    public static final String TWO_FACTOR_RESET = "two_factor_reset";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public OffsetDateTime at = OffsetDateTime.now();
    public String username;
    public String event;

    @Column(name = "remote_address")
    public String remoteAddress;

    public String detail;

    public static AuthEvent record(String username, String event, String remoteAddress, String detail) {
        AuthEvent e = new AuthEvent();
        e.username = username.length() > 200 ? username.substring(0, 200) : username;
        e.event = event;
        e.remoteAddress = remoteAddress;
        e.detail = detail;
        e.persist();
        return e;
    }
}
