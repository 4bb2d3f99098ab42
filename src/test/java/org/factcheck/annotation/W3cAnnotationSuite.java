package org.factcheck.annotation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;

/**
 * The W3C Web Annotation WG's must-assertions (JSON Schema draft-04, copied into
 * {@code src/test/resources/w3c-annotation-model}, see its SOURCE.md), run as their JSONtest harness runs them: each
 * assertion is one schema that the document must satisfy. A collection is checked against the collection and page
 * assertions (the page ones accept a collection with its first page embedded), and every annotation of its first
 * page against the annotation assertions, with the collection's {@code @context} (JSON-LD inherits it).
 */
final class W3cAnnotationSuite {

    /** One assertion's outcome for one part of the document ({@code where}: {@code $} or {@code $.first.items[2]}). */
    record Outcome(String where, String assertion, List<String> errors) {
        boolean passed() {
            return errors.isEmpty();
        }

        @Override
        public String toString() {
            return (passed() ? "PASS " : "FAIL ") + where + " " + assertion + (passed() ? "" : " " + errors);
        }
    }

    private static final String ROOT = "w3c-annotation-model/";
    /** Any absolute base will do: every schema is answered from the classpath, nothing is fetched. */
    private static final String BASE = "https://web-annotation-tests.invalid/";

    private final ObjectMapper mapper = new ObjectMapper();
    /** Draft-04, plus the harness's own keywords, which describe an assertion and validate nothing. */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft4())
            .keywords(Stream.of("assertionType", "expectedResult", "onUnexpectedResult", "errorMessage")
                    .map(NonValidationKeyword::new).toList())
            .build();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(DIALECT,
            builder -> builder.schemas(W3cAnnotationSuite::schemaText));
    private final Map<String, List<Schema>> tests = Map.of(
            "annotation", assertions("annotations/annotationMusts.test"),
            "collection", assertions("collections/collectionMusts.test"),
            "page", assertions("collections/pages/pageMusts.test"));

    /** Every assertion for a whole AnnotationCollection with its first page embedded, and for each of its items. */
    List<Outcome> checkCollection(JsonNode collection) {
        List<Outcome> outcomes = new ArrayList<>();
        run("collection", collection, "$", outcomes);
        run("page", collection, "$", outcomes);
        JsonNode items = collection.path("first").path("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.isObject() && !item.has("@context")) {
                item = ((ObjectNode) item.deepCopy()).set("@context", collection.get("@context"));
            }
            run("annotation", item, "$.first.items[" + i + "]", outcomes);
        }
        return outcomes;
    }

    /** The annotation assertions for one Annotation. */
    List<Outcome> checkAnnotation(JsonNode annotation) {
        List<Outcome> outcomes = new ArrayList<>();
        run("annotation", annotation, "$", outcomes);
        return outcomes;
    }

    private void run(String test, JsonNode document, String where, List<Outcome> outcomes) {
        for (Schema schema : tests.get(test)) {
            List<String> errors = schema.validate(document).stream().map(Error::toString).toList();
            String name = schema.getSchemaLocation().getAbsoluteIri().toString().substring(BASE.length());
            outcomes.add(new Outcome(where, name, errors));
        }
    }

    private List<Schema> assertions(String testFile) {
        try {
            JsonNode test = mapper.readTree(schemaText(BASE + testFile));
            List<Schema> schemas = new ArrayList<>();
            for (JsonNode assertion : test.get("assertions")) {
                // every assertion of these three tests expects "valid"; one that did not would need inverting
                Schema schema = registry.getSchema(SchemaLocation.of(BASE + assertion.asText()));
                if (!"valid".equals(schema.getSchemaNode().path("expectedResult").asText("valid"))) {
                    throw new IllegalStateException(assertion + " expects an invalid document");
                }
                schemas.add(schema);
            }
            return schemas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema at an IRI under {@link #BASE}: the file at that path, else (a {@code $ref} such as
     * {@code bodyTarget.json#/...} from an assertion in another folder) the definition file of that name.
     */
    private static String schemaText(String iri) {
        if (!iri.startsWith(BASE)) {
            return null; // the draft-04 meta-schema: the validator has its own
        }
        String path = iri.substring(BASE.length()).replaceFirst("#.*", "");
        String text = resource(ROOT + path);
        if (text == null) {
            text = resource(ROOT + "definitions/" + path.substring(path.lastIndexOf('/') + 1));
        }
        if (text == null) {
            throw new IllegalStateException("no schema for " + iri);
        }
        return text;
    }

    private static String resource(String path) {
        try (InputStream in = W3cAnnotationSuite.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
