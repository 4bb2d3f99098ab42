package org.factcheck.web;

import static io.restassured.RestAssured.given;
import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.factcheck.source.TestSite;
import org.factcheck.testsupport.Fixtures;
import org.factcheck.testsupport.ResourceMethods;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.response.Response;

/**
 * The OpenAPI document ({@code /q/openapi}) says what the API does: it lists every JSON endpoint and no page, and
 * every GET answers, on real data with nulls, lists and orphans in it, what the document's schema for it allows.
 * The schemas are checked by a JSON Schema validator (OpenAPI 3.1 schemas are JSON Schema 2020-12), with formats
 * asserted and, in this test only, no property allowed that the document does not list.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Inject
    Fixtures fixtures;

    /** The document as served; also written to target/openapi.json, for a look or for the contract fuzz. */
    static JsonNode document() throws Exception {
        String text = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        Files.writeString(Path.of("target", "openapi.json"), text);
        return JSON.readTree(text);
    }

    @Test
    void theDocumentListsEveryApiEndpointAndNoPage() throws Exception {
        JsonNode document = document();
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> pages = new TreeSet<>();
        documented.stream().filter(e -> !e.split(" ")[1].startsWith("/api/")).forEach(pages::add);
        assertEquals(Set.of(), pages, "pages are for browsers, not in the API document");

        Set<String> api = new TreeSet<>();
        ResourceMethods.all().stream().filter(ResourceMethods.Endpoint::api)
                .forEach(e -> api.add(e.method() + " " + e.path()));
        assertTrue(api.size() > 40, "the resource classes were found: " + api.size());
        assertEquals(api, documented, "every endpoint under /api is in the document, and nothing else");

        Set<String> schemas = new TreeSet<>();
        document.get("components").get("schemas").fieldNames().forEachRemaining(schemas::add);
        for (String internal : List.of("Template", "TemplateInstance", "EngineImpl", "SectionNode")) {
            assertTrue(!schemas.contains(internal), "no Qute internals in the document: " + internal);
        }
    }

    @Test
    void requiredParametersAndRulesAreDeclared() throws Exception {
        JsonNode document = document();
        JsonNode q = parameter(document, "/api/search", "q");
        assertTrue(q.path("required").asBoolean(), "search answers 400 without q: " + q);
        assertEquals(500, q.path("schema").path("maxLength").asInt(), q.toString());
        JsonNode size = parameter(document, "/api/claims", "size");
        assertEquals(1, size.path("schema").path("minimum").asInt(), size.toString());
        assertEquals(200, size.path("schema").path("maximum").asInt(), size.toString());
        JsonNode comment = document.at("/components/schemas/CommentRequest");
        assertTrue(comment.path("required").toString().contains("\"body\""), comment.toString());
        assertEquals(5000, comment.at("/properties/body/maxLength").asInt(), comment.toString());
        JsonNode evidence = document.at("/components/schemas/EvidenceRequest/properties/stance/enum");
        assertEquals("[\"supports\",\"refutes\",\"context\"]", evidence.toString());
        // the rules are the ones enforced: a body the document calls invalid is refused with the field named
        String checker = fixtures.user("checker");
        long claimId = claimOn(Fixtures.importText(fixtures.user("editor"), "Rules", "One sentence. Two."), checker);
        as(checker).body(Map.of("body", "x".repeat(5001))).post("/api/claims/{id}/comments", claimId).then()
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("body"));
        as(checker).get("/api/claims/{id}/comments", claimId).then().statusCode(200).body("size()",
                org.hamcrest.Matchers.is(0));
        as(checker).get("/api/search").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("q"));
    }

    @Test
    void everyGetAnswersWhatTheDocumentDescribes() throws Exception {
        JsonNode document = document();
        // the writes that make the data are checked too: their status is one the document lists, their body its schema
        List<Write> writes = Collections.synchronizedList(new ArrayList<>());
        List<Filter> before = new ArrayList<>(RestAssured.filters());
        RestAssured.filters((Filter) (request, response, context) -> {
            Response answer = context.next(request, response);
            if (!request.getMethod().equals("GET") && request.getUserDefinedPath().startsWith("/api/")) {
                writes.add(new Write(request.getMethod(), request.getUserDefinedPath(), answer.statusCode(),
                        String.valueOf(answer.contentType()), answer.asString()));
            }
            return answer;
        });
        Map<String, String> ids;
        try {
            ids = realData();
        } finally {
            RestAssured.replaceFiltersWith(before);
        }
        String admin = ids.get("admin");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        JsonNode components = closed(document.get("components").deepCopy());

        Map<String, List<String>> failures = new TreeMap<>();
        int validated = 0;
        int called = 0;
        for (Write write : writes) {
            String where = write.method() + " " + write.path();
            JsonNode documented = document.path("paths").path(write.path()).path(write.method().toLowerCase())
                    .path("responses").path(String.valueOf(write.status()));
            if (documented.isMissingNode()) {
                failures.computeIfAbsent(where, k -> new ArrayList<>()).add("answered " + write.status()
                        + ", which the document does not list");
                continue;
            }
            JsonNode schema = documented.path("content").path("application/json").path("schema");
            if (write.contentType().startsWith("application/json") && !schema.isMissingNode()) {
                List<Error> errors = validator(registry, schema, components).validate(JSON.readTree(write.body()),
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
                validated++;
                errors.forEach(e -> failures.computeIfAbsent(where, k -> new ArrayList<>()).add(e.toString()));
            }
        }
        int writesValidated = validated;
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            JsonNode get = entry.getValue().get("get");
            if (get == null || entry.getKey().endsWith("/events")) {
                continue; // a server-sent event stream never ends; LiveEventsTest reads it
            }
            String path = withIds(entry.getKey(), ids);
            Map<String, String> query = new TreeMap<>();
            for (JsonNode parameter : get.path("parameters")) {
                if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean()) {
                    query.put(parameter.get("name").asText(), ids.get("query." + parameter.get("name").asText()));
                }
            }
            JsonNode content = get.path("responses").path("200").path("content");
            String type = content.has("application/json") ? "application/json"
                    : content.has("application/ld+json") ? "application/ld+json" : null;
            JsonNode schema = type == null ? null : content.get(type).get("schema");
            Response response = as(admin).accept(type == null ? "*/*" : type).queryParams(query).get(path);
            called++;
            String where = "GET " + entry.getKey();
            if (response.statusCode() != 200) {
                failures.computeIfAbsent(where, k -> new ArrayList<>()).add("answered " + response.statusCode()
                        + ": " + response.asString());
                continue;
            }
            String answered = String.valueOf(response.contentType()).split(";")[0].strip();
            if (!content.has(answered)) {
                List<String> listed = new ArrayList<>();
                content.fieldNames().forEachRemaining(listed::add);
                failures.computeIfAbsent(where, k -> new ArrayList<>()).add("answered " + answered
                        + ", which the document does not list: " + listed);
                continue;
            }
            if (type != null && (schema == null || schema.isEmpty())) {
                failures.computeIfAbsent(where, k -> new ArrayList<>()).add("the document gives no schema");
                continue;
            }
            if (schema == null || !answered.equals(type)) {
                continue; // not JSON (a report, a zip, text): the status and type are what can be checked
            }
            Schema validator = validator(registry, schema, components);
            JsonNode answer = JSON.readTree(response.asString());
            List<Error> errors = validator.validate(answer,
                    context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
            validated++;
            JsonNode items = answer.has("items") ? answer.get("items") : answer;
            if (items.isArray() && items.isEmpty() && !entry.getKey().endsWith("/related")) {
                failures.computeIfAbsent(where, k -> new ArrayList<>()).add("an empty list proves little: the data"
                        + " should give it items");
            }
            for (Error error : errors) {
                failures.computeIfAbsent(where, k -> new ArrayList<>()).add(error.toString());
            }
        }
        System.out.printf("OpenAPI contract: %d GET endpoints called, %d write answers and %d GET answers validated"
                + " against their schema, %d endpoints failing%n", called, writesValidated, validated - writesValidated,
                failures.size());
        if (!failures.isEmpty()) {
            StringBuilder report = new StringBuilder("answers that differ from the OpenAPI document:");
            failures.forEach((endpoint, errors) -> report.append("\n").append(endpoint).append(": ")
                    .append(String.join("; ", errors.subList(0, Math.min(5, errors.size())))));
            fail(report.toString());
        }
        assertTrue(validated - writesValidated >= 20, "most GET endpoints answer JSON with a schema: " + validated);
        assertTrue(writesValidated >= 15, "the writes that made the data were checked: " + writesValidated);

        // the validator does catch an answer the document does not allow
        JsonNode article = JSON.readTree(as(admin).get("/api/articles").asString()).get("items").get(0);
        ObjectNode summary = JSON.createObjectNode();
        summary.put("$ref", "#/components/schemas/ArticleSummary");
        summary.set("components", components);
        Schema articleSummary = registry.getSchema(summary);
        ObjectNode nullUrl = article.deepCopy();
        nullUrl.putNull("url");
        assertEquals(List.of(), articleSummary.validate(nullUrl), "url may be null");
        ObjectNode nullTitle = article.deepCopy();
        nullTitle.putNull("title");
        assertEquals(1, articleSummary.validate(nullTitle).size(), "a title is never null");
        ObjectNode extra = article.deepCopy();
        extra.put("undocumented", 1);
        assertEquals(1, articleSummary.validate(extra).size(), "an undocumented field is caught");
        ObjectNode badDate = article.deepCopy();
        badDate.put("createdAt", "yesterday");
        assertTrue(!articleSummary.validate(badDate, context -> context.executionConfig(
                config -> config.formatAssertionsEnabled(true))).isEmpty(), "date-time formats are checked");
    }

    record Write(String method, String path, int status, String contentType, String body) {
    }

    private static Schema validator(SchemaRegistry registry, JsonNode schema, JsonNode components) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema.deepCopy());
        root.set("components", components);
        return registry.getSchema(root);
    }

    /**
     * Every object schema closed to properties the document does not list, so a field the API sends but the
     * document forgot fails the test (the document itself stays open, as is usual for clients).
     */
    private static JsonNode closed(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(OpenApiContractTest::closed);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(OpenApiContractTest::closed);
        }
        return node;
    }

    private static JsonNode parameter(JsonNode document, String path, String name) {
        for (JsonNode parameter : document.at("/paths/" + path.replace("/", "~1") + "/get/parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " on " + path);
    }

    /** The template's parameters filled with real rows: by the collection they name, or for the template itself. */
    private static String withIds(String template, Map<String, String> ids) {
        if (ids.containsKey(template)) {
            return PARAMETER.matcher(template).replaceFirst(ids.get(template));
        }
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String before = template.substring(0, matcher.start());
            String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                    before.length() - 1);
            String id = ids.get(matcher.group(1).equals("id") ? collection : matcher.group(1));
            if (id == null) {
                throw new AssertionError("no real row for " + template + " (" + collection + ")");
            }
            matcher.appendReplacement(path, id);
        }
        return matcher.appendTail(path).toString();
    }

    private static long claimOn(Map<String, Object> article, String checker) {
        return as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", Fixtures.id(article)).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /**
     * Data with every kind of value an answer can hold: an article without url, outlet or date; claims open,
     * proposed, approved, rejected, assigned and orphaned; evidence with and without excerpt; a source whose page
     * was fetched and one being checked again; notes, replies, a mention, a failed login.
     */
    private Map<String, String> realData() throws Exception {
        String admin = fixtures.user("admin");
        String editor = fixtures.user("editor");
        String otherEditor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        Map<String, Object> seed = Fixtures.importSeed(editor);
        long articleId = Fixtures.id(seed);
        Map<String, Object> bare = Fixtures.importText(editor, "Bare " + System.nanoTime(),
                "The minister said that 40 schools opened. Nobody counted them.");

        long open = claimOn(seed, checker);
        long approved = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(seed, 1), "text", "Restated",
                "claimant", "نيكول باشينيان")).post("/api/articles/{id}/claims", articleId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long rejected = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(seed, 2)))
                .post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(editor).body(Map.of("assignee", checker, "version", 0)).patch("/api/claims/{id}", open).then()
                .statusCode(200);

        long sourceId;
        long imported;
        try (TestSite site = new TestSite()) {
            site.html("/contract", "<html><head><title>Contract page</title></head><body><p>Forty schools opened"
                    + " this year.</p></body></html>");
            sourceId = as(checker).body(Map.of("source", Map.of("url", site.url("/contract"), "title", "Page"),
                    "stance", "refutes", "excerpt", "Forty schools")).post("/api/claims/{id}/evidence", approved)
                    .then().statusCode(201).extract().jsonPath().getLong("source.id");
            for (int i = 0; i < 100 && "pending".equals(as(admin).get("/api/sources/{id}", sourceId).jsonPath()
                    .getString("snapshot.status")); i++) {
                Thread.sleep(100);
            }
            as(checker).body(Map.of("sourceId", sourceId, "stance", "context")).post("/api/claims/{id}/evidence",
                    rejected).then().statusCode(201);
            // a story imported from its address, for what only such an article has (its source page)
            site.html("/story", "<html lang=\"en\"><head><title>Schools opened</title></head><body><article>"
                    + "<h1>Schools opened</h1><p>" + "The minister said that forty schools opened this year. ".repeat(12)
                    + "</p></article></body></html>");
            imported = as(editor).body(Map.of("url", site.url("/story"))).post("/api/articles/from-url").then()
                    .statusCode(201).extract().jsonPath().getLong("id");
        }
        as(editor).post("/api/sources/{id}/recheck", sourceId).then().statusCode(202);

        for (long claim : List.of(approved, rejected)) {
            int version = as(checker).body(Map.of("verdict", "misleading", "rationale", "The ministry's figures.",
                    "version", as(admin).get("/api/claims/{id}", claim).jsonPath().getInt("version")))
                    .patch("/api/claims/{id}", claim).then().statusCode(200).extract().jsonPath().getInt("version");
            as(otherEditor).body(Map.of("version", version)).post("/api/claims/{id}/approve", claim).then()
                    .statusCode(200);
        }
        int version = as(admin).get("/api/claims/{id}", rejected).jsonPath().getInt("version");
        as(editor).body(Map.of("version", version, "reason", "Find the ministry's own table."))
                .post("/api/claims/{id}/reject", rejected).then().statusCode(200);

        long annotationId = as(checker).body(Map.of("start", 0, "end", 4, "body", "Who said this?", "motivation",
                "questioning")).post("/api/articles/{id}/annotations", articleId).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(checker).body(Map.of("body", "Agreed")).post("/api/annotations/{id}/replies", annotationId).then()
                .statusCode(201);
        as(checker).body(Map.of("body", "@" + admin + " please look")).post("/api/claims/{id}/comments", approved)
                .then().statusCode(201);

        // a corrected text that drops the claimed words: the claim stays, orphaned, with no sentence
        long bareId = Fixtures.id(bare);
        claimOn(bare, checker);
        as(editor).body(Map.of("text", "Nobody counted them.", "version", as(admin).get("/api/articles/{id}", bareId)
                .jsonPath().getInt("version"))).put("/api/articles/{id}/text", bareId).then().statusCode(200);
        given().auth().preemptive().basic(checker, "not-the-password").get("/api/me").then().statusCode(401);
        // API tokens: one used (last use set), one revoked
        String used = as(admin).body(Map.of("name", "contract", "expiresInDays", 30, "scope", "read"))
                .post("/api/me/tokens").then().statusCode(201).extract().path("token");
        given().header("Authorization", "Bearer " + used).get("/api/me").then().statusCode(200);
        long revoked = as(admin).body(Map.of("name", "old", "expiresInDays", 1, "scope", "write"))
                .post("/api/me/tokens").then().statusCode(201).extract().jsonPath().getLong("details.id");
        as(admin).delete("/api/me/tokens/{id}", revoked).then().statusCode(200);

        Map<String, String> ids = new TreeMap<>();
        ids.put("admin", admin);
        ids.put("userId", String.valueOf(as(admin).get("/api/me").jsonPath().getLong("id"))); // the admin has tokens
        ids.put("articles", String.valueOf(articleId));
        ids.put("number", "1");
        ids.put("claims", String.valueOf(approved));
        ids.put("sources", String.valueOf(sourceId));
        ids.put("annotations", String.valueOf(annotationId));
        ids.put("query.q", "باشينيان");
        ids.put("/api/articles/{id}/source-page", String.valueOf(imported));
        return ids;
    }
}
