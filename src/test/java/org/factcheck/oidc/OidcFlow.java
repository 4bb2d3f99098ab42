package org.factcheck.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One browser's worth of HTTP: a cookie jar shared by the application and Keycloak (both on 127.0.0.1, as in a
 * browser cookies do not depend on the port), redirects followed one by one so each step can be looked at, and
 * Keycloak's own login form filled in. No browser; {@code OidcBrowserTest} does the same in Chromium.
 */
final class OidcFlow {

    record Step(String method, URI uri, int status, String location, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** name → value; the two servers' cookie names do not overlap (quarkus-*, q_*, fc-* against KEYCLOAK_* etc.). */
    final Map<String, String> cookies = new LinkedHashMap<>();
    final List<Step> steps = new ArrayList<>();
    private final String app;

    OidcFlow(String app) {
        this.app = app.replaceAll("/$", "");
    }

    /** Signs in from the application's "Sign in with" link through Keycloak's login form; the last step is ours. */
    Step signIn(String username) {
        Step step = follow(get(app + "/login/oidc"));
        if (step.status() == 200 && step.body().contains("kc-form-login")) {
            step = follow(submitLogin(step, username));
        }
        return step;
    }

    /** Keycloak's login page was shown: the last step is that page. */
    boolean onKeycloakLoginPage() {
        Step last = steps.get(steps.size() - 1);
        return last.status() == 200 && last.body().contains("kc-form-login");
    }

    /** The redirect back from Keycloak to the application (code and state), as it went by. */
    URI callback() {
        return steps.stream().map(Step::uri).filter(u -> u.toString().startsWith(app + "/login/oidc?"))
                .filter(u -> u.getQuery().contains("code=")).reduce((a, b) -> b).orElseThrow();
    }

    Step submitLogin(Step loginPage, String username) {
        Element form = Jsoup.parse(loginPage.body(), loginPage.uri().toString()).getElementById("kc-form-login");
        String action = form.absUrl("action");
        return post(action, Map.of("username", username, "password", KeycloakServer.USER_PASSWORD, "credentialId", ""));
    }

    /** Follows redirects (on either server) until an answer that is not one. */
    Step follow(Step step) {
        Step current = step;
        for (int i = 0; i < 15 && current.location() != null && current.status() / 100 == 3; i++) {
            current = get(current.uri().resolve(current.location()).toString());
        }
        return current;
    }

    Step get(String url) {
        return send("GET", URI.create(url), HttpRequest.BodyPublishers.noBody(), null);
    }

    Step post(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send("POST", URI.create(url), HttpRequest.BodyPublishers.ofString(body),
                "application/x-www-form-urlencoded");
    }

    private Step send(String method, URI uri, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, body).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        String cookieHeader = jar.entrySet().stream().filter(e -> path.startsWith(e.getValue().path()))
                .map(e -> e.getKey() + "=" + e.getValue().value()).collect(Collectors.joining("; "));
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : answer.headers().allValues("Set-Cookie")) {
                keep(header);
            }
            Step step = new Step(method, uri, answer.statusCode(), answer.headers().firstValue("Location").orElse(null),
                    answer.body());
            steps.add(step);
            return step;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Cookie(String value, String path) {
    }

    private final Map<String, Cookie> jar = new LinkedHashMap<>();

    /** A Set-Cookie header: kept, or forgotten when it expires it (Max-Age=0 or an expiry in the past). */
    private void keep(String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1).strip();
        String path = "/";
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip().toLowerCase();
            if (attribute.startsWith("path=")) {
                path = parts[i].strip().substring(5);
            } else if (attribute.equals("max-age=0") || attribute.startsWith("max-age=-")
                    || attribute.startsWith("expires=thu, 01 jan 1970") || attribute.startsWith("expires=thu, 01-jan-1970")) {
                expired = true;
            }
        }
        if (expired) {
            jar.remove(name);
            cookies.remove(name);
        } else {
            jar.put(name, new Cookie(value, path));
            cookies.put(name, value);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
