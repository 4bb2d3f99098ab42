package org.factcheck.user;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of the security audit: a login, a failure, a lockout, a logout, a password change. */
@Entity
@Table(name = "auth_event")
public class AuthEvent extends PanacheEntityBase {

    public static final String LOGIN = "login";
    public static final String LOGIN_FAILED = "login_failed";
    public static final String LOCKED_OUT = "locked_out";
    public static final String LOGIN_REFUSED = "login_refused";
    public static final String LOGOUT = "logout";
    public static final String PASSWORD_CHANGED = "password_changed";

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
