package org.factcheck.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * CSRF protection by double submit (API.md: browser-facing rules). Every page response makes sure the browser has
 * a random token in an HttpOnly, SameSite=Strict cookie; forms carry the same token in a hidden field and scripts
 * in the {@code X-CSRF-Token} header. A state-changing request that is authenticated by the session cookie must
 * present both, equal, or it gets 403. Requests with an {@code Authorization} header (HTTP Basic, API tokens) carry no
 * session cookie and need no token: a browser never adds that header to a cross-site request on its own.
 */
public class CsrfFilter {

    public static final String COOKIE = "fc-csrf";
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String SESSION_COOKIE = "quarkus-credential";
    static final String TOKEN_KEY = "fc.csrf.token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        String cookieToken = cookie == null ? null : cookie.getValue();
        if (SAFE_METHODS.contains(request.getMethod())) {
            routing.put(TOKEN_KEY, cookieToken != null && cookieToken.length() == 43 ? cookieToken : newToken());
            return null;
        }
        String authorization = request.getHeaderString("Authorization");
        // Basic and Bearer (API tokens): a browser never adds the header to a cross-site request on its own
        boolean headerAuthenticated = authorization != null && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
        boolean cookieAuthenticated = routing.request().getCookie(SESSION_COOKIE) != null && !headerAuthenticated;
        if (!cookieAuthenticated) {
            return null;
        }
        String presented = request.getHeaderString(HEADER);
        if (presented == null && isForm(request.getMediaType())) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            Object field = context.getFormParameter(FIELD, true, false);
            presented = field == null ? null : field.toString();
        }
        if (cookieToken == null || presented == null || !MessageDigest.isEqual(
                cookieToken.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII))) {
            Problem problem = Problem.forbidden("The form has expired or did not come from this site (CSRF token "
                    + "missing or wrong). Reload the page and try again.");
            return Response.status(403).type(ProblemBody.MEDIA_TYPE).entity(ProblemBody.of(problem)).build();
        }
        routing.put(TOKEN_KEY, cookieToken);
        return null;
    }

    @ServerResponseFilter
    public void issue(RoutingContext routing) {
        String token = routing.get(TOKEN_KEY);
        Cookie existing = routing.request().getCookie(COOKIE);
        if (token != null && (existing == null || !token.equals(existing.getValue()))) {
            // Secure is added by HttpsPolicy, with every other cookie, whenever the request came over https
            routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT));
        }
    }

    /** The token to embed in the page being rendered for this request. */
    public static String tokenFor(RoutingContext routing) {
        String token = routing.get(TOKEN_KEY);
        if (token == null) {
            token = newToken();
            routing.put(TOKEN_KEY, token);
        }
        return token;
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                && !type.isWildcardType() || "multipart".equals(type.getType()));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
