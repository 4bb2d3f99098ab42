package org.factcheck.web;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.factcheck.testsupport.ResourceMethods;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;
import net.jqwik.api.Tuple;

/**
 * Property: whatever arrives at a write endpoint — random JSON of any shape, wrong types, huge numbers and
 * strings, invalid Unicode, malformed or non-JSON bodies, random form fields — the answer is never a 5xx and never
 * a hang, and every 400 says what was wrong as problem+json. Every POST, PUT, PATCH and DELETE the application
 * serves (read from its resource classes, so a new endpoint is covered without editing this test) gets
 * {@link #SAMPLES} generated bodies, with path ids pointing at real rows so the input reaches the validation and
 * the services behind it.
 *
 * <p>Inputs come from jqwik's generators ({@link Arbitraries}); the properties run inside a Quarkus test, which
 * the jqwik engine cannot host, so the samples are drawn with a fixed seed per endpoint and a failure prints the
 * endpoint and the exact body to replay.
 */
@QuarkusTest
class HostileInputPropertyTest {

    static final int SAMPLES = 15;
    /** Generous: a request that takes longer than this counts as a hang. */
    static final int TIMEOUT_MS = 15_000;
    private static final Pattern PATH_PARAMETER = Pattern.compile("([a-z-]+)/\\{[^}]+}");

    /** Field names the endpoints read, so generated objects often get past "unknown field" into validation. */
    private static final List<String> FIELDS = List.of("title", "text", "language", "url", "outlet", "publishedAt",
            "version", "status", "assignee", "correctionNote", "sentenceId", "start", "end", "claimant", "verdict",
            "rationale", "reason", "source", "stance", "excerpt", "note", "fromClaimId", "body", "motivation",
            "username", "password", "displayName", "roles", "active", "locale", "currentPassword", "newPassword",
            "at", "q", "type", "publisher", "reliabilityNote", "intoSourceId", "items", "@context", "target",
            "selector", "exact", "prefix", "suffix", "id");

    @Inject
    Fixtures fixtures;

    @Test
    void noWriteEndpointAnswers5xxOrHangsWhateverTheBody() {
        String admin = fixtures.user("admin");
        Map<String, Long> ids = rowsToPointAt(admin);
        List<String[]> endpoints = writeEndpoints();
        assertTrue(endpoints.size() > 20, "the resource classes have write endpoints: " + endpoints.size());
        Map<String, List<String>> failures = new TreeMap<>();
        // deletions last, so the rows stay there for the other endpoints as long as possible
        endpoints.sort((a, b) -> Boolean.compare(a[0].equals("DELETE"), b[0].equals("DELETE")));
        for (String[] endpoint : endpoints) {
            String method = endpoint[0];
            String path = withIds(endpoint[1], ids);
            boolean api = path.startsWith("/api/");
            long seed = (method + endpoint[1]).hashCode();
            List<Body> bodies = samples(api ? jsonBodies() : formBodies(), new Random(seed));
            bodies.addAll(MALFORMED);
            for (Body body : bodies) {
                check(admin, method, path, body, failures);
            }
        }
        if (!failures.isEmpty()) {
            StringBuilder report = new StringBuilder("hostile requests were mishandled (kind: count, first body):");
            failures.forEach((kind, bodies) -> report.append("\n").append(kind).append(": ").append(bodies.size())
                    .append(", ").append(bodies.get(0)));
            fail(report.toString());
        }
    }

    private static void check(String user, String method, String path, Body body,
            Map<String, List<String>> failures) {
        long started = System.nanoTime();
        Response response;
        try {
            var request = as(user).config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", TIMEOUT_MS).setParam("http.connection.timeout", TIMEOUT_MS)))
                    .contentType(body.contentType());
            // a form goes as text (RestAssured re-encodes form bytes); anything else byte for byte
            response = (body.isForm() ? request.body(body.text()) : request.body(body.bytes())).request(method, path);
        } catch (RuntimeException e) {
            failed(failures, method + " " + path + " did not answer (" + e + ")", body);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int status = response.statusCode();
        if (status >= 500) {
            failed(failures, method + " " + path + " answered " + status, body);
        } else if (millis > TIMEOUT_MS) {
            failed(failures, method + " " + path + " took more than " + TIMEOUT_MS + " ms", body);
        } else if (status == 400 && path.startsWith("/api/")) {
            String type = String.valueOf(response.contentType());
            String detail = type.startsWith("application/problem+json") ? response.jsonPath().getString("detail") : null;
            if (detail == null || detail.isBlank()) {
                failed(failures, method + " " + path + " answered 400 without a problem detail (" + type + ")",
                        body);
            }
        }
    }

    private static void failed(Map<String, List<String>> failures, String kind, Body body) {
        failures.computeIfAbsent(kind, k -> new ArrayList<>()).add(body.describe());
    }

    /** Real rows for the path ids: an article with claims, evidence, a note and a reply, a spare user. */
    private Map<String, Long> rowsToPointAt(String admin) {
        Map<String, Object> article = Fixtures.importSeed(admin);
        long articleId = Fixtures.id(article);
        long sentenceId = Fixtures.sentenceId(article, 2);
        long claimId = as(admin).body(Map.of("sentenceId", sentenceId)).post("/api/articles/{id}/claims", articleId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        var evidence = as(admin).body(Map.of("source", Map.of("url", "https://example.org/hostile", "title", "S"),
                "stance", "supports")).post("/api/claims/{id}/evidence", claimId).then().statusCode(201).extract()
                .jsonPath();
        long annotationId = as(admin).body(Map.of("start", 0, "end", 4, "body", "n"))
                .post("/api/articles/{id}/annotations", articleId).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long commentId = as(admin).body(Map.of("body", "c")).post("/api/claims/{id}/comments", claimId).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long userId = as(admin).get("/api/users?q=" + fixtures.user("viewer")).then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        Map<String, Long> ids = new TreeMap<>();
        ids.put("articles", articleId);
        ids.put("sentences", sentenceId);
        ids.put("claims", claimId);
        ids.put("evidence", evidence.getLong("id"));
        ids.put("sources", evidence.getLong("source.id"));
        ids.put("annotations", annotationId);
        ids.put("comments", commentId);
        ids.put("users", userId);
        return ids;
    }

    private static String withIds(String template, Map<String, Long> ids) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            // an unknown collection gets an id that exists nowhere: a 404 is a fine answer too
            long id = ids.getOrDefault(matcher.group(1), 987_654_321L);
            matcher.appendReplacement(path, matcher.group(1) + "/" + id);
        }
        return matcher.appendTail(path).toString();
    }

    /** From the resource classes, pages included (the OpenAPI document describes only the JSON API). */
    private static List<String[]> writeEndpoints() {
        List<String[]> endpoints = new ArrayList<>();
        ResourceMethods.all().stream().filter(e -> Set.of("POST", "PUT", "PATCH", "DELETE").contains(e.method()))
                .filter(e -> !e.path().equals("/logout"))
                .forEach(e -> endpoints.add(new String[] {e.method(), e.path()}));
        return endpoints;
    }

    // ---------------------------------------------------------------- generated bodies

    private static List<Body> samples(Arbitrary<Body> arbitrary, Random random) {
        // jqwik's generators need a jqwik context; outside its engine a session provides one
        JqwikSession.start();
        try {
            var generator = arbitrary.generator(1_000);
            List<Body> bodies = new ArrayList<>();
            for (int i = 0; i < SAMPLES; i++) {
                bodies.add(generator.next(random).value());
            }
            return bodies;
        } finally {
            JqwikSession.finish();
        }
    }

    record Body(String contentType, byte[] bytes) {
        boolean isForm() {
            return contentType.startsWith("application/x-www-form-urlencoded");
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String describe() {
            String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
            return contentType + " (" + bytes.length + " bytes) " + text.replace("\n", "\\n");
        }
    }

    /** Arbitrary JSON, written by hand so that lone surrogates and odd numbers go out exactly as generated. */
    static Arbitrary<Body> jsonBodies() {
        Arbitrary<Object> value = Arbitraries.recursive(HostileInputPropertyTest::leaves,
                inner -> Arbitraries.oneOf(inner.list().ofMaxSize(4).map(Object.class::cast),
                        objects(inner).map(Object.class::cast)), 3);
        Arbitrary<Object> top = Arbitraries.frequencyOf(
                Tuple.of(6, objects(value).map(Object.class::cast)),
                Tuple.of(1, value));
        return top.map(v -> new Body("application/json", json(v).getBytes(StandardCharsets.UTF_8)));
    }

    static Arbitrary<Body> formBodies() {
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> text = Arbitraries.oneOf(hostileStrings(), Arbitraries.integers().map(String::valueOf));
        return Combinators.combine(field.list().ofMaxSize(6), text.list().ofSize(6)).as((names, values) -> {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                form.append(i == 0 ? "" : "&").append(encode(names.get(i))).append('=').append(encode(values.get(i)));
            }
            return new Body("application/x-www-form-urlencoded", form.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    private static Arbitrary<Map<String, Object>> objects(Arbitrary<Object> values) {
        Arbitrary<String> key = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(FIELDS)),
                Tuple.of(1, hostileStrings()));
        return Combinators.combine(key.list().ofMaxSize(7), values.list().ofSize(7)).as((keys, vals) -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                object.put(keys.get(i), vals.get(i));
            }
            return object;
        });
    }

    private static Arbitrary<Object> leaves() {
        return Arbitraries.oneOf(
                hostileStrings().map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.of(0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE).map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of("1e999999", "-0", "1.5e-400", "123456789012345678901234567890", "NaN")
                        .map(RawJson::new).map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.just(null));
    }

    /** Any UTF-16 (lone surrogates included), right-to-left and control text, markup, and now and then 30,000 characters. */
    private static Arbitrary<String> hostileStrings() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(2, Arbitraries.of("", " ", "\u0000", "\uD800", "\uDFFF\uD800", "\u202E\u2066",
                        "<script>alert(1)</script>", "'; drop table article; --", "%00", "../../etc/passwd",
                        "بِسْمِ اللَّهِ", "😀\u0301", "javascript:alert(1)", "https://127.0.0.1/", "2022-13-45",
                        "draft", "verified", "supports", "commenting", "editor")),
                Tuple.of(1, Arbitraries.strings().withChars("a\u0644\uD83D\uDE00 .\n").ofMinLength(
                        20_000).ofMaxLength(30_000)));
    }

    record RawJson(String text) {
    }

    private static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof RawJson raw) {
            return raw.text();
        }
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            s.chars().forEach(c -> {
                if (c == '"' || c == '\\') {
                    out.append('\\').append((char) c);
                } else if (c < 0x20 || c > 0x7e) {
                    out.append(String.format("\\u%04x", c)); // lone surrogates travel as escapes
                } else {
                    out.append((char) c);
                }
            });
            return out.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            List<String> members = new ArrayList<>();
            map.forEach((k, v) -> members.add(json(k) + ":" + json(v)));
            return "{" + String.join(",", members) + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(",", list.stream().map(HostileInputPropertyTest::json).toList()) + "]";
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "0";
        }
        return String.valueOf(value);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Bodies no generator makes: broken syntax, wrong media type, invalid UTF-8, deep nesting. */
    private static final List<Body> MALFORMED = List.of(
            new Body("application/json", "{\"title\": \"unterminated".getBytes(StandardCharsets.UTF_8)),
            new Body("application/json", "{\"a\":1,}".getBytes(StandardCharsets.UTF_8)),
            new Body("application/json", new byte[0]),
            new Body("application/json", "null".getBytes(StandardCharsets.UTF_8)),
            new Body("application/json", "[]".getBytes(StandardCharsets.UTF_8)),
            new Body("application/json", new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, 0x28,
                    (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF, '"', '}'}),
            new Body("application/json", ("\uFEFF{\"title\":\"bom\"}").getBytes(StandardCharsets.UTF_8)),
            new Body("application/json", ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8)),
            new Body("application/json", ("{\"text\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_001))
                    .getBytes(StandardCharsets.UTF_8)),
            new Body("text/plain", "just text".getBytes(StandardCharsets.UTF_8)),
            new Body("application/xml", "<a>1</a>".getBytes(StandardCharsets.UTF_8)),
            new Body("application/x-www-form-urlencoded", "%%%=%E0%A4%A&&=".getBytes(StandardCharsets.UTF_8)));
}
