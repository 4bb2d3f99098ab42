package org.factcheck.web;

import java.util.Map;

import io.quarkus.security.AuthenticationFailedException;

/**
 * A failed authentication that says why, for the cases where saying so gives nothing away: an API token that is
 * unknown, revoked, expired or read-only, HTTP Basic on an account that signs in with two factors. The failure is
 * an {@link AuthenticationFailedException} (the one Quarkus lets through), carrying the answer's status and text;
 * {@link ProblemMapper} writes it as problem+json.
 */
public final class AuthRefusal {

    static final String STATUS = "factcheck.refusal.status";
    static final String DETAIL = "factcheck.refusal.detail";
    static final String CHALLENGE = "factcheck.refusal.challenge";

    private AuthRefusal() {
    }

    /** {@code challenge} is the WWW-Authenticate value of a 401 (null: none). */
    public static AuthenticationFailedException of(int status, String detail, String challenge) {
        return new AuthenticationFailedException(detail, challenge == null
                ? Map.of(STATUS, status, DETAIL, detail) : Map.of(STATUS, status, DETAIL, detail, CHALLENGE, challenge));
    }
}
