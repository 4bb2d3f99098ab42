package org.factcheck.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.ext.web.RoutingContext;

/** Lets templates write the CSRF token: {@code {inject:csrf.token}} (see tags/csrf.html). */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    @Inject
    RoutingContext routing;

    public String token() {
        return CsrfFilter.tokenFor(routing);
    }

    public String field() {
        return CsrfFilter.FIELD;
    }
}
