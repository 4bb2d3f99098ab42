package org.factcheck.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.factcheck.testsupport.ResourceMethods;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint × every role (API.md: roles). The table says the least role an endpoint needs; the test fails
 * when the application serves an endpoint the table does not list (found from its own OpenAPI document).
 * Path ids point at nothing, so allowed calls end in 400/404 and nothing is changed; what matters is that
 * forbidden roles get 403, anonymous API calls 401 and anonymous page visits a redirect to the login page.
 */
@QuarkusTest
public class AuthorizationMatrixTest {

    public enum Need { ANYONE, VIEWER, CHECKER, EDITOR, ADMIN }

    public record Endpoint(String method, String path, Need need, String body) {
        boolean isApi() {
            return path.startsWith("/api/");
        }
    }

    static final String JSON = "json";
    static final String FORM = "form";
    static final String MULTIPART = "multipart";

    public static final List<Endpoint> TABLE = List.of(
            new Endpoint("GET", "/api/me", Need.VIEWER, null),
            new Endpoint("PATCH", "/api/me", Need.VIEWER, JSON),
            new Endpoint("GET", "/api/audit/logins", Need.ADMIN, null),
            new Endpoint("GET", "/api/audit/verify", Need.ADMIN, null),
            new Endpoint("GET", "/api/articles/{id}/events", Need.VIEWER, null),
            new Endpoint("GET", "/profile", Need.VIEWER, null),
            // personal API tokens (docs/security.md; a token cannot reach these: ApiTokenTest)
            new Endpoint("GET", "/api/me/tokens", Need.VIEWER, null),
            new Endpoint("POST", "/api/me/tokens", Need.VIEWER, JSON),
            new Endpoint("DELETE", "/api/me/tokens/{id}", Need.VIEWER, null),
            new Endpoint("GET", "/api/users/{userId}/tokens", Need.ADMIN, null),
            new Endpoint("DELETE", "/api/users/{userId}/tokens/{id}", Need.ADMIN, null),
            new Endpoint("POST", "/profile/tokens", Need.VIEWER, FORM),
            new Endpoint("POST", "/profile/tokens/{id}/revoke", Need.VIEWER, FORM),
            // two-factor sign-in (docs/security.md)
            new Endpoint("GET", "/api/me/two-factor", Need.VIEWER, null),
            new Endpoint("POST", "/api/me/two-factor", Need.VIEWER, null),
            new Endpoint("POST", "/api/me/two-factor/confirm", Need.VIEWER, JSON),
            new Endpoint("POST", "/api/me/two-factor/disable", Need.VIEWER, JSON),
            new Endpoint("POST", "/api/me/two-factor/recovery-codes", Need.VIEWER, JSON),
            new Endpoint("DELETE", "/api/users/{userId}/two-factor", Need.ADMIN, null),
            new Endpoint("GET", "/api/settings/two-factor", Need.ADMIN, null),
            new Endpoint("PUT", "/api/settings/two-factor", Need.ADMIN, JSON),
            new Endpoint("GET", "/profile/two-factor", Need.VIEWER, null),
            new Endpoint("POST", "/profile/two-factor/start", Need.VIEWER, FORM),
            new Endpoint("POST", "/profile/two-factor/confirm", Need.VIEWER, FORM),
            new Endpoint("POST", "/profile/two-factor/disable", Need.VIEWER, FORM),
            new Endpoint("POST", "/profile/two-factor/recovery-codes", Need.VIEWER, FORM),
            new Endpoint("POST", "/users/{userId}/two-factor/reset", Need.ADMIN, FORM),
            new Endpoint("GET", "/settings/two-factor", Need.ADMIN, null),
            new Endpoint("POST", "/settings/two-factor", Need.ADMIN, FORM),
            new Endpoint("POST", "/profile", Need.VIEWER, FORM),
            new Endpoint("GET", "/audit/logins", Need.ADMIN, null),
            new Endpoint("GET", "/api/users", Need.ADMIN, null),
            new Endpoint("POST", "/api/users", Need.ADMIN, JSON),
            new Endpoint("PATCH", "/api/users/{id}", Need.ADMIN, JSON),
            new Endpoint("GET", "/api/articles", Need.VIEWER, null),
            new Endpoint("POST", "/api/articles", Need.EDITOR, JSON),
            new Endpoint("GET", "/api/articles/{id}", Need.VIEWER, null),
            new Endpoint("PATCH", "/api/articles/{id}", Need.EDITOR, JSON),
            new Endpoint("GET", "/api/articles/{id}/claims", Need.VIEWER, null),
            new Endpoint("POST", "/api/articles/{id}/claims", Need.CHECKER, JSON),
            new Endpoint("GET", "/api/articles/{id}/annotations", Need.VIEWER, null),
            new Endpoint("POST", "/api/articles/{id}/annotations", Need.CHECKER, JSON),
            new Endpoint("POST", "/api/articles/{id}/annotations/import", Need.CHECKER, JSON),
            new Endpoint("GET", "/api/articles/{id}/report", Need.VIEWER, null),
            new Endpoint("GET", "/api/articles/{id}/claimreview", Need.VIEWER, null),
            new Endpoint("GET", "/api/articles/{id}/claimreview/snippet", Need.VIEWER, null),
            new Endpoint("GET", "/api/reports/bulk", Need.VIEWER, null),
            new Endpoint("GET", "/api/claims", Need.VIEWER, null),
            new Endpoint("GET", "/api/claims/{id}", Need.VIEWER, null),
            new Endpoint("PATCH", "/api/claims/{id}", Need.CHECKER, JSON),
            new Endpoint("POST", "/api/claims/{id}/approve", Need.EDITOR, JSON),
            new Endpoint("POST", "/api/claims/{id}/reject", Need.EDITOR, JSON),
            new Endpoint("GET", "/api/claims/{id}/history", Need.VIEWER, null),
            new Endpoint("POST", "/api/claims/{id}/evidence", Need.CHECKER, JSON),
            new Endpoint("DELETE", "/api/evidence/{id}", Need.CHECKER, null),
            new Endpoint("GET", "/api/claims/{id}/comments", Need.VIEWER, null),
            new Endpoint("POST", "/api/claims/{id}/comments", Need.CHECKER, JSON),
            new Endpoint("GET", "/api/annotations/{id}/replies", Need.VIEWER, null),
            new Endpoint("POST", "/api/annotations/{id}/replies", Need.CHECKER, JSON),
            new Endpoint("GET", "/api/mentions", Need.VIEWER, null),
            new Endpoint("GET", "/api/metrics/desk", Need.VIEWER, null),
            new Endpoint("POST", "/api/mentions/{id}/read", Need.VIEWER, null),
            new Endpoint("GET", "/my-work", Need.VIEWER, null),
            new Endpoint("POST", "/mentions/{id}/read", Need.VIEWER, FORM),
            new Endpoint("POST", "/claims/{id}/comments", Need.CHECKER, FORM),
            new Endpoint("POST", "/annotations/{id}/replies", Need.CHECKER, FORM),
            new Endpoint("GET", "/api/sources/{id}", Need.VIEWER, null),
            new Endpoint("PATCH", "/api/sources/{id}", Need.EDITOR, JSON),
            new Endpoint("GET", "/api/sources/{id}/snapshot", Need.VIEWER, null),
            new Endpoint("GET", "/api/sources/{id}/citations", Need.VIEWER, null),
            new Endpoint("POST", "/api/sources/{id}/recheck", Need.CHECKER, null),
            new Endpoint("POST", "/api/sources/{id}/merge", Need.EDITOR, JSON),
            new Endpoint("GET", "/api/claims/{id}/related", Need.VIEWER, null),
            new Endpoint("POST", "/api/claims/{id}/evidence/copy", Need.CHECKER, JSON),
            // import by URL and watched stories (docs/import.md)
            new Endpoint("POST", "/api/articles/from-url", Need.EDITOR, JSON),
            new Endpoint("POST", "/api/articles/from-url/preview", Need.EDITOR, JSON),
            new Endpoint("GET", "/api/articles/{id}/source-page", Need.VIEWER, null),
            new Endpoint("POST", "/api/articles/{id}/source-page/check", Need.CHECKER, null),
            new Endpoint("GET", "/import", Need.EDITOR, null),
            new Endpoint("POST", "/import", Need.EDITOR, FORM),
            new Endpoint("POST", "/import/preview", Need.EDITOR, FORM),
            new Endpoint("POST", "/import/check/{articleId}", Need.CHECKER, FORM),
            new Endpoint("GET", "/import/original/{articleId}", Need.VIEWER, null),
            new Endpoint("GET", "/import/original/{articleId}/page", Need.VIEWER, null),
            // suggested claims (docs/suggestions.md)
            new Endpoint("GET", "/api/articles/{id}/suggestions", Need.VIEWER, null),
            new Endpoint("POST", "/api/suggestions/{id}/accept", Need.CHECKER, null),
            new Endpoint("POST", "/api/suggestions/{id}/dismiss", Need.CHECKER, null),
            new Endpoint("GET", "/api/suggestions/model", Need.ADMIN, null),
            new Endpoint("POST", "/api/suggestions/model", Need.ADMIN, JSON),
            new Endpoint("POST", "/api/suggestions/model/{id}/activate", Need.ADMIN, null),
            new Endpoint("POST", "/articles/{id}/suggestions/{suggestion}/accept", Need.CHECKER, FORM),
            new Endpoint("POST", "/articles/{id}/suggestions/{suggestion}/dismiss", Need.CHECKER, FORM),
            new Endpoint("GET", "/suggestions/model", Need.ADMIN, null),
            new Endpoint("POST", "/suggestions/model/retrain", Need.ADMIN, FORM),
            new Endpoint("POST", "/suggestions/model/{id}/activate", Need.ADMIN, FORM),
            new Endpoint("GET", "/sources/{id}", Need.VIEWER, null),
            new Endpoint("POST", "/sources/{id}", Need.EDITOR, FORM),
            new Endpoint("POST", "/sources/{id}/merge", Need.EDITOR, FORM),
            new Endpoint("POST", "/sources/{id}/recheck", Need.CHECKER, FORM),
            new Endpoint("POST", "/claims/{id}/copy-evidence", Need.CHECKER, FORM),
            new Endpoint("GET", "/api/search", Need.VIEWER, null),
            new Endpoint("GET", "/search", Need.VIEWER, null),
            new Endpoint("GET", "/", Need.VIEWER, null),
            new Endpoint("GET", "/login", Need.ANYONE, null),
            new Endpoint("GET", "/login/failed", Need.ANYONE, null),
            // sign-in through the organisation's provider (oidc/OidcPages; off in this profile: back to /login)
            new Endpoint("GET", "/login/oidc", Need.ANYONE, null),
            new Endpoint("GET", "/login/oidc/error", Need.ANYONE, null),
            new Endpoint("POST", "/logout", Need.ANYONE, FORM),
            new Endpoint("GET", "/articles", Need.VIEWER, null),
            new Endpoint("POST", "/articles", Need.EDITOR, MULTIPART),
            new Endpoint("GET", "/articles/new", Need.EDITOR, null),
            new Endpoint("GET", "/articles/{id}", Need.VIEWER, null),
            new Endpoint("POST", "/articles/{id}/claims", Need.CHECKER, FORM),
            new Endpoint("POST", "/articles/{id}/annotations", Need.CHECKER, FORM),
            new Endpoint("POST", "/articles/{id}/status", Need.EDITOR, FORM),
            new Endpoint("POST", "/articles/{id}/factcheck-url", Need.EDITOR, FORM),
            new Endpoint("POST", "/claims/{id}/factcheck-url", Need.EDITOR, FORM),
            new Endpoint("GET", "/claims/{id}", Need.VIEWER, null),
            new Endpoint("POST", "/claims/{id}", Need.CHECKER, FORM),
            new Endpoint("POST", "/claims/{id}/approve", Need.EDITOR, FORM),
            new Endpoint("POST", "/claims/{id}/reject", Need.EDITOR, FORM),
            new Endpoint("POST", "/claims/{id}/evidence", Need.CHECKER, FORM),
            new Endpoint("POST", "/evidence/{id}/delete", Need.CHECKER, FORM),
            new Endpoint("GET", "/users", Need.ADMIN, null),
            new Endpoint("POST", "/users", Need.ADMIN, FORM),
            new Endpoint("POST", "/users/{id}", Need.ADMIN, FORM),
            // text revisions, sentences, orphans (docs/text-revisions.md)
            new Endpoint("PUT", "/api/articles/{id}/text", Need.EDITOR, JSON),
            new Endpoint("GET", "/api/articles/{id}/revisions", Need.VIEWER, null),
            new Endpoint("GET", "/api/articles/{id}/revisions/{number}", Need.VIEWER, null),
            new Endpoint("POST", "/api/sentences/{id}/split", Need.EDITOR, JSON),
            new Endpoint("POST", "/api/sentences/{id}/merge-next", Need.EDITOR, JSON),
            new Endpoint("POST", "/api/claims/{id}/reattach", Need.CHECKER, JSON),
            new Endpoint("POST", "/api/claims/{id}/dismiss", Need.CHECKER, null),
            new Endpoint("POST", "/api/annotations/{id}/reattach", Need.CHECKER, JSON),
            new Endpoint("POST", "/api/annotations/{id}/dismiss", Need.CHECKER, null),
            new Endpoint("GET", "/articles/{id}/revisions", Need.VIEWER, null),
            new Endpoint("GET", "/articles/{id}/text", Need.EDITOR, null),
            new Endpoint("POST", "/articles/{id}/text", Need.EDITOR, FORM),
            new Endpoint("POST", "/articles/{id}/sentences", Need.EDITOR, FORM),
            new Endpoint("POST", "/orphans/claims/{id}/reattach", Need.CHECKER, FORM),
            new Endpoint("POST", "/orphans/claims/{id}/dismiss", Need.CHECKER, FORM),
            new Endpoint("POST", "/orphans/notes/{id}/reattach", Need.CHECKER, FORM),
            new Endpoint("POST", "/orphans/notes/{id}/dismiss", Need.CHECKER, FORM));

    static final List<String> ROLES = List.of("anonymous", "viewer", "checker", "editor", "admin");

    @Inject
    Fixtures fixtures;

    static final Map<String, String> USERS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeEach
    void users() {
        for (String role : ROLES.subList(1, ROLES.size())) {
            USERS.computeIfAbsent(role, fixtures::user);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : TABLE) {
            for (String role : ROLES) {
                cases.add(Arguments.of(endpoint.method() + " " + endpoint.path(), role, endpoint));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void roleGetsTheExpectedAnswer(String name, String role, Endpoint endpoint) {
        RequestSpecification request = given().redirects().follow(false);
        if (!role.equals("anonymous")) {
            request = request.auth().preemptive().basic(USERS.get(role), Fixtures.PASSWORD);
        }
        checkAnswer(name, role, endpoint, request);
    }

    /**
     * Sends the endpoint's request on {@code request} (already carrying the role's credentials) and checks the answer
     * against the table; oidc/OidcAuthorizationMatrixTest runs it with the session of a provider's user.
     */
    public static void checkAnswer(String name, String role, Endpoint endpoint, RequestSpecification request) {
        Response response = send(request, endpoint);
        int status = response.statusCode();
        boolean allowed = role.equals("anonymous") ? endpoint.need() == Need.ANYONE
                : endpoint.need() == Need.ANYONE || Need.valueOf(role.toUpperCase()).ordinal() >= endpoint.need().ordinal();
        if (allowed) {
            assertTrue(status != 401 && status != 403 && status < 500, name + " as " + role + " answered " + status);
        } else if (role.equals("anonymous")) {
            if (endpoint.isApi()) {
                assertEquals(401, status, name + " anonymously");
            } else {
                assertEquals(303, status, name + " anonymously");
                assertTrue(response.header("Location").endsWith("/login"));
            }
        } else {
            assertEquals(403, status, name + " as " + role);
        }
    }

    /** What an API token may not reach, whatever its scope (token/PasswordOnly). */
    static final Set<String> PASSWORD_ONLY = Set.of("PATCH /api/me", "GET /api/me/tokens", "POST /api/me/tokens",
            "DELETE /api/me/tokens/{id}", "GET /api/users/{userId}/tokens", "DELETE /api/users/{userId}/tokens/{id}",
            "GET /api/me/two-factor", "POST /api/me/two-factor",
            "POST /api/me/two-factor/confirm", "POST /api/me/two-factor/disable",
            "POST /api/me/two-factor/recovery-codes", "DELETE /api/users/{userId}/two-factor",
            "GET /api/settings/two-factor", "PUT /api/settings/two-factor");
    static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    static Stream<Arguments> tokenCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : TABLE) {
            for (String role : ROLES.subList(1, ROLES.size())) {
                for (String scope : List.of("read", "write")) {
                    if (endpoint.isApi() || role.equals("admin") && scope.equals("write")) {
                        cases.add(Arguments.of(endpoint.method() + " " + endpoint.path(), role + " " + scope, endpoint));
                    }
                }
            }
        }
        return cases.stream();
    }

    /**
     * The same table with API tokens: a token acts with its owner's roles, a read-only one may only GET, none
     * reaches the password-only endpoints, and outside /api a token counts for nothing (as anonymous).
     */
    @ParameterizedTest(name = "{0} with a {1} token")
    @MethodSource("tokenCases")
    void tokenGetsTheExpectedAnswer(String name, String roleAndScope, Endpoint endpoint) {
        String role = roleAndScope.split(" ")[0];
        String scope = roleAndScope.split(" ")[1];
        String token = TOKENS.computeIfAbsent(roleAndScope, k -> given().auth().preemptive()
                .basic(USERS.get(role), Fixtures.PASSWORD).contentType("application/json")
                .body(Map.of("name", "matrix", "expiresInDays", 1, "scope", scope)).post("/api/me/tokens")
                .then().statusCode(201).extract().path("token"));
        RequestSpecification request = given().redirects().follow(false).header("Authorization", "Bearer " + token);
        int status = send(request, endpoint).statusCode();
        String key = endpoint.method() + " " + endpoint.path();
        boolean reads = endpoint.method().equals("GET");
        if (!endpoint.isApi()) {
            // pages ignore tokens: as anonymous
            assertTrue(endpoint.need() == Need.ANYONE ? status < 400 : status == 303, name + " with a token: " + status);
        } else if (PASSWORD_ONLY.contains(key) || !reads && scope.equals("read")) {
            assertEquals(403, status, name + " with a " + roleAndScope + " token");
        } else if (Need.valueOf(role.toUpperCase()).ordinal() >= endpoint.need().ordinal()) {
            assertTrue(status != 401 && status != 403 && status < 500, name + " with a " + roleAndScope
                    + " token answered " + status);
        } else {
            assertEquals(403, status, name + " with a " + roleAndScope + " token");
        }
    }

    /** The endpoint with a body of its kind; path ids point at nothing. */
    static Response send(RequestSpecification request, Endpoint endpoint) {
        if (JSON.equals(endpoint.body())) {
            request = request.contentType("application/json").body("{}");
        } else if (FORM.equals(endpoint.body())) {
            request = request.contentType("application/x-www-form-urlencoded").formParam("x", "1");
        } else if (MULTIPART.equals(endpoint.body())) {
            request = request.multiPart("title", "");
        }
        return request.request(endpoint.method(), endpoint.path().replaceAll("\\{[a-zA-Z]+\\}", "987654321"));
    }

    @Test
    void everyServedEndpointIsInTheTable() {
        // from the resource classes: the OpenAPI document describes the JSON API only, not the pages
        Set<String> served = new TreeSet<>();
        ResourceMethods.all().stream().filter(e -> Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(e.method()))
                .forEach(e -> served.add(e.method() + " " + e.path()));
        Set<String> listed = new TreeSet<>();
        TABLE.forEach(e -> listed.add(e.method() + " " + e.path()));
        assertEquals(listed, served, "every endpoint has a row in the authorization table");
    }
}
