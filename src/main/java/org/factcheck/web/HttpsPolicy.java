package org.factcheck.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.factcheck.config.FactcheckConfig;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Deployed behind HTTPS (docs/deployment.md): when the public URL is https, or a trusted proxy says the request came
 * over https ({@code X-Forwarded-Proto}, only read when proxy address forwarding is switched on), every cookie the
 * response sets carries {@code Secure} (session, CSRF, logout) and the answer carries HSTS. Over plain HTTP (dev
 * mode, tests, a desk on a trusted intranet) neither: a Secure cookie would never come back.
 */
@ApplicationScoped
public class HttpsPolicy {

    /** One year, the usual value; no includeSubDomains: the desk may share its domain with sites we do not know. */
    static final String HSTS = "max-age=31536000";

    @Inject
    FactcheckConfig config;

    void register(@Observes Filters filters) {
        boolean publicHttps = config.publicUrl().toLowerCase(Locale.ROOT).startsWith("https://");
        filters.register(routing -> {
            if (publicHttps || routing.request().isSSL()) {
                routing.response().putHeader("Strict-Transport-Security", HSTS);
                // added before the handlers of routes and later filters, so called after them (Vert.x calls them in
                // reverse order): cookies they add are secured too
                routing.addHeadersEndHandler(end -> secureCookies(routing));
            }
            routing.next();
        }, 1000);
    }

    /** Cookies set through Vert.x (form login, CSRF) and those written as headers (JAX-RS NewCookie on logout). */
    private static void secureCookies(RoutingContext routing) {
        for (Cookie cookie : routing.request().cookies()) {
            // only the ones this response sends; setting a flag on one the browser sent would send it back
            if (cookie instanceof ServerCookie sent && sent.isChanged() && !cookie.isSecure()) {
                cookie.setSecure(true);
            }
        }
        HttpServerResponse response = routing.response();
        List<String> headers = response.headers().getAll("Set-Cookie");
        if (headers.isEmpty()) {
            return;
        }
        List<String> secured = new ArrayList<>(headers.size());
        for (String header : headers) {
            secured.add(isSecure(header) ? header : header + "; Secure");
        }
        response.headers().set("Set-Cookie", secured);
    }

    private static boolean isSecure(String setCookie) {
        for (String attribute : setCookie.split(";")) {
            if (attribute.strip().equalsIgnoreCase("secure")) {
                return true;
            }
        }
        return false;
    }
}
