package org.factcheck.oidc;

/**
 * A sign-in through the provider that is refused; {@link #reason} picks the message on the login page
 * (oidc_ar.properties has each), {@link #detail} goes to the audit.
 */
public class SignInRefused extends RuntimeException {

    public enum Reason { DEACTIVATED, UNKNOWN_GROUP, PROVIDER_ERROR, STATE, TOKEN, NOT_CONFIGURED }

    private final Reason reason;

    public SignInRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
