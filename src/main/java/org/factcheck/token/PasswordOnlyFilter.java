package org.factcheck.token;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.factcheck.web.Problem;
import org.factcheck.web.ProblemBody;

/** Refuses API tokens on {@link PasswordOnly} endpoints, before any of them runs. */
@Provider
@PasswordOnly
public class PasswordOnlyFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (BearerTokenMechanism.bearer(request.getHeaderString("Authorization")) != null) {
            Problem problem = Problem.forbidden("API tokens cannot manage tokens, the password or two-factor "
                    + "sign-in: log in with your password (the profile page or HTTP Basic).");
            request.abortWith(jakarta.ws.rs.core.Response.status(403).type(ProblemBody.MEDIA_TYPE)
                    .entity(ProblemBody.of(problem)).build());
        }
    }
}
