package org.factcheck.annotation;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.factcheck.testsupport.EventStreamClient;
import org.factcheck.testsupport.Fixtures;
import org.factcheck.text.CodePoints;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * W3C Web Annotation export and import (API.md: annotations): a lossless round trip of notes and claims between
 * articles with the same text, anchoring by position, by quote and by prefix/suffix, and all-or-nothing failures.
 * The text mixes Arabic, emoji outside the BMP (before and inside a quote), combining marks and a right-to-left
 * mark (U+200F), so every offset that is UTF-16 instead of code points shows.
 */
@QuarkusTest
class WebAnnotationExchangeTest {

    static final String LD = "application/ld+json";

    /**
     * "4.5%" occurs twice (prefix/suffix tell them apart); U+0651 (shadda) and U+0331 (no precomposed form with a,
     * so NFC keeps it) are combining marks.
     */
    static final String TEXT = "Stadium report\n\n"
            + "Fans 🎉 cheered as the team won. The stadium holds 40,000 people 🏟️ today.\n\n"
            + "قال الوزير إنّ الميزانية نمت بنسبة \u200F4.5% هذا العام. وأكّد الخبراء ذلك.\n\n"
            + "The cafe owner (Ba\u0331sir) said prices rose by 4.5% in 2023.";

    @Inject
    Fixtures fixtures;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManagerFactory factory;

    @TestHTTPResource("/")
    URL base;

    @Test
    void notesAndClaimsSurviveARoundTripToAnotherArticleAndBackCodePointForCodePoint() throws Exception {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String admin = fixtures.user("admin");
        long a = Fixtures.id(Fixtures.importText(editor, "Round trip A", TEXT));
        String text = as(checker).get("/api/articles/{id}", a).then().extract().path("text");
        assertEquals(TEXT, text, "the test text survives normalization unchanged");

        long spanClaim = claim(checker, a, text, "40,000 people 🏟️", "The stadium holds 40,000", "Club website");
        as(checker).body(Map.of("verdict", "disputed", "rationale", "The league lists 38,500 seats.", "version", 0))
                .patch("/api/claims/{id}", spanClaim).then().statusCode(200);
        claim(checker, a, text, "نمت بنسبة \u200F4.5%", null, "الوزير");
        note(checker, a, text, "(Ba\u0331sir)", "Spelling of the name?", "questioning");
        note(checker, a, text, "إنّ الميزانية", "ملاحظة: المصدر وزارة المالية 📄", "commenting");
        note(checker, a, text, "4.5% in 2023", "Same figure as the minister's.", "assessing");

        String exportA = exportOf(checker, a);
        JsonPath collection = JsonPath.from(exportA);
        assertEquals("http://www.w3.org/ns/anno.jsonld", collection.getString("'@context'[0]"));
        assertEquals(WebAnnotation.NAMESPACE, collection.getString("'@context'[1].fc"));
        assertEquals("AnnotationCollection", collection.getString("type"));
        assertEquals(5, collection.getInt("total"));
        assertEquals("AnnotationPage", collection.getString("first.type"));
        List<Map<String, Object>> itemsA = collection.getList("first.items");
        for (Map<String, Object> item : itemsA) {
            assertTrue(((String) item.get("id")).startsWith("http"), "ids are IRIs");
            assertNotNull(item.get("created"));
            assertNotNull(item.get("modified"));
            assertEquals(checker, ((Map<?, ?>) item.get("creator")).get("nickname"));
            // position and quote agree, in code points
            String exact = selector(item, 0).get("exact").toString();
            int start = (Integer) selector(item, 1).get("start");
            int end = (Integer) selector(item, 1).get("end");
            assertEquals(exact, CodePoints.substring(text, start, end));
            assertEquals(text.codePointCount(0, text.indexOf(exact)), start);
        }
        // the emoji before the stadium figure: code points and UTF-16 differ by one there
        Map<String, Object> stadium = itemsA.stream().filter(i -> selector(i, 0).get("exact").equals("40,000 people 🏟️"))
                .findFirst().orElseThrow();
        assertNotEquals(text.indexOf("40,000"), selector(stadium, 1).get("start"));
        assertEquals("assessing", stadium.get("motivation"));
        Map<?, ?> claimBody = (Map<?, ?>) stadium.get("body");
        assertEquals("fc:Claim", claimBody.get("type"));
        assertEquals(stadium.get("id") + "#claim", claimBody.get("id"));
        assertEquals("The stadium holds 40,000", claimBody.get("fc:text"));
        assertEquals("Club website", claimBody.get("fc:claimant"));
        assertEquals("disputed", claimBody.get("fc:verdict"));
        assertEquals("proposed", claimBody.get("fc:status"));
        assertEquals("The league lists 38,500 seats.", claimBody.get("fc:rationale"));

        // B: same text, import, export: identical apart from ids, dates, creator and source
        long b = Fixtures.id(Fixtures.importText(editor, "Round trip B", TEXT));
        String importer = fixtures.user("checker");
        String url = base.toString() + "api/articles/" + b + "/events";
        try (EventStreamClient watcher = new EventStreamClient(url, importer, Fixtures.PASSWORD)) {
            assertNotNull(watcher.await("ready", Duration.ofSeconds(5)));
            // JSON is UTF-8 (RFC 8259) even when the Content-Type names no charset
            as(importer).contentType(LD).body(exportA.getBytes(StandardCharsets.UTF_8))
                    .post("/api/articles/{id}/annotations/import", b).then()
                    .statusCode(201).body("imported", is(5)).body("notes", hasSize(3)).body("claims", hasSize(2));
            assertNotNull(watcher.await("annotation.created", Duration.ofSeconds(5)), "live events as usual");
            assertNotNull(watcher.await("claim.created", Duration.ofSeconds(5)));
        }
        String exportB = exportOf(checker, b);
        assertEquals(comparable(exportA), comparable(exportB));
        assertEquals(importer, JsonPath.from(exportB).getString("first.items[0].creator.nickname"),
                "imported items belong to the importing user");

        // the imported verdict is a proposal of the importer, with the history a PATCH leaves
        long importedClaim = as(checker).get("/api/articles/{id}/claims", b).then().extract().jsonPath()
                .getLong("find { it.quote == '40,000 people 🏟️' }.id");
        as(checker).get("/api/claims/{id}", importedClaim).then().body("status", is("proposed"))
                .body("proposedBy", is(importer)).body("claimant", is("Club website"));
        as(checker).get("/api/claims/{id}/history", importedClaim).then()
                .body("field", contains(null, "rationale", "verdict", "status"));
        as(admin).get("/api/audit/verify").then().statusCode(200).body("intact", is(true));

        // back onto A after deleting its notes (claims cannot be deleted: their history is kept)
        QuarkusTransaction.requiringNew().run(() -> Annotation.delete("articleId", a));
        Map<String, Object> onlyNotes = mapper.readValue(exportA, Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) ((Map<String, Object>) onlyNotes.get("first"))
                .get("items");
        items.removeIf(i -> "fc:Claim".equals(((Map<?, ?>) i.get("body")).get("type")));
        as(checker).body(items).post("/api/articles/{id}/annotations/import", a).then().statusCode(201)
                .body("notes", hasSize(3)).body("claims", hasSize(0));
        assertEquals(comparable(exportA), comparable(exportOf(checker, a)));
    }

    @Test
    void aStalePositionIsReFoundByTheQuoteAndPrefixSuffixChooseBetweenEqualQuotes() throws Exception {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long a = Fixtures.id(Fixtures.importText(editor, "Anchors A", TEXT));
        note(checker, a, TEXT, "40,000 people 🏟️", "Seats?", "questioning");
        long stadiumClaim = claim(checker, a, TEXT, "The stadium holds 40,000 people 🏟️ today.", "Capacity", null);
        assertTrue(stadiumClaim > 0);
        String export = exportOf(checker, a);

        // the text was edited before the place: positions are off by the inserted words, quotes still match
        String inserted = "Updated 🕐 report: ";
        long edited = Fixtures.id(Fixtures.importText(editor, "Anchors edited", inserted + TEXT));
        as(checker).contentType(LD + "; charset=UTF-8").body(export)
                .post("/api/articles/{id}/annotations/import", edited).then()
                .statusCode(201);
        int shift = CodePoints.length(inserted);
        JsonPath before = JsonPath.from(export);
        JsonPath after = JsonPath.from(exportOf(checker, edited));
        for (int i = 0; i < 2; i++) {
            assertEquals(before.getInt("first.items[" + i + "].target.selector[1].start") + shift,
                    after.getInt("first.items[" + i + "].target.selector[1].start"));
            assertEquals(before.getString("first.items[" + i + "].target.selector[0].exact"),
                    after.getString("first.items[" + i + "].target.selector[0].exact"));
        }

        // "4.5%" twice, no position: the prefix picks the Arabic one, the suffix the English one
        long c = Fixtures.id(Fixtures.importText(editor, "Anchors C", TEXT));
        as(checker).body(quoteOnly("4.5%", "نمت بنسبة \u200F", "", "Arabic")).post(
                "/api/articles/{id}/annotations/import", c).then().statusCode(201);
        as(checker).body(quoteOnly("4.5%", "", " in 2023", "English")).post(
                "/api/articles/{id}/annotations/import", c).then().statusCode(201);
        JsonPath notes = as(checker).get("/api/articles/{id}/annotations", c).then().extract().jsonPath();
        int arabic = TEXT.codePointCount(0, TEXT.indexOf("4.5%"));
        int english = TEXT.codePointCount(0, TEXT.lastIndexOf("4.5%"));
        assertEquals(arabic, notes.getInt("find { it.body == 'Arabic' }.start"));
        assertEquals(english, notes.getInt("find { it.body == 'English' }.start"));
        // a wrong position is ignored when the quote is not there
        Map<String, Object> wrongPosition = quoteOnly("4.5%", "", " in 2023", "Moved");
        ((List<Object>) ((Map<String, Object>) wrongPosition.get("target")).get("selector"))
                .add(Map.of("type", "TextPositionSelector", "start", 3, "end", 7));
        as(checker).body(wrongPosition).post("/api/articles/{id}/annotations/import", c).then().statusCode(201);
        assertEquals(english, as(checker).get("/api/articles/{id}/annotations", c).then().extract().jsonPath()
                .getInt("find { it.body == 'Moved' }.start"));
    }

    @Test
    void anUnplaceableItemFailsTheWholeImportAndEveryFailingItemIsListed() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long article = Fixtures.id(Fixtures.importText(editor, "All or nothing", TEXT));
        List<Object> items = new ArrayList<>();
        items.add(quoteOnly("40,000", "holds ", " people", "Fine on its own"));
        items.add(quoteOnly("50,000", "", "", "Not in the text"));
        items.add(quoteOnly("4.5%", "", "", "Ambiguous"));
        Map<String, Object> crossing = quoteOnly("won. The stadium", "", "", "claim");
        crossing.put("motivation", "assessing");
        crossing.put("body", Map.of("type", "fc:Claim", "fc:text", "Crosses sentences"));
        items.add(crossing);
        as(checker).body(items).post("/api/articles/{id}/annotations/import", article).then().statusCode(422)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("errors.field", contains("items[1]", "items[2]", "items[3]"))
                .body("errors[0].message", containsString("not in the text"))
                .body("errors[1].message", containsString("occurs 2 times"))
                .body("errors[2].message", containsString("sentence"));
        assertNothingStored(checker, article);

        // malformed items (400) are listed too, with the unplaceable ones
        List<Object> malformed = new ArrayList<>();
        Map<String, Object> shouting = quoteOnly("40,000", "", "", "x");
        shouting.put("motivation", "shouting");
        malformed.add(shouting);
        Map<String, Object> xpath = quoteOnly("40,000", "", "", "x");
        xpath.put("target", Map.of("source", "https://example.org/a",
                "selector", Map.of("type", "XPathSelector", "value", "/p[2]")));
        malformed.add(xpath);
        Map<String, Object> html = quoteOnly("40,000", "", "", "x");
        html.put("body", Map.of("type", "SpecificResource", "source", "https://example.org/x"));
        malformed.add(html);
        malformed.add(quoteOnly("50,000", "", "", "Not in the text"));
        as(checker).body(malformed).post("/api/articles/{id}/annotations/import", article).then().statusCode(400)
                .body("errors.field", contains("items[0]", "items[1]", "items[2]", "items[3]"))
                .body("errors[0].message", containsString("motivation"))
                .body("errors[1].message", containsString("XPathSelector"))
                .body("errors[2].message", containsString("body type"));
        as(checker).body(Map.of("type", "Something")).post("/api/articles/{id}/annotations/import", article).then()
                .statusCode(400);
        as(checker).contentType(LD).body("{not json").post("/api/articles/{id}/annotations/import", article).then()
                .statusCode(400).header("Content-Type", startsWith("application/problem+json"));
        assertNothingStored(checker, article);
    }

    @Test
    void limitsRolesAndPublishedArticles() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String viewer = fixtures.user("viewer");
        long article = Fixtures.id(Fixtures.importText(editor, "Limits", TEXT));
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            tooMany.add(Map.of());
        }
        as(checker).body(tooMany).post("/api/articles/{id}/annotations/import", article).then().statusCode(413)
                .header("Content-Type", startsWith("application/problem+json"));
        as(viewer).body(List.of(quoteOnly("40,000", "", "", "x"))).post("/api/articles/{id}/annotations/import",
                article).then().statusCode(403);
        assertNothingStored(checker, article);

        as(editor).body(Map.of("status", "in_review", "version", 0)).patch("/api/articles/{id}", article).then()
                .statusCode(200);
        as(editor).body(Map.of("status", "reviewed", "version", 1)).patch("/api/articles/{id}", article).then()
                .statusCode(200);
        as(editor).body(Map.of("status", "published", "version", 2)).patch("/api/articles/{id}", article).then()
                .statusCode(200);
        as(checker).body(List.of(quoteOnly("40,000", "", "", "x"))).post("/api/articles/{id}/annotations/import",
                article).then().statusCode(409);
        assertNothingStored(checker, article);
        as(checker).body(List.of(quoteOnly("40,000", "", "", "x"))).post("/api/articles/{id}/annotations/import",
                999_999_999L).then().statusCode(404);
    }

    /**
     * A big import in one request: 500 notes and 500 claims (half with a verdict) on a text of 500 sentences.
     * Statements: one insert per note, claim and history entry, plus a constant few (one query for the sentences,
     * one history lock, one NOTIFY per kind); the export costs the same few statements whatever the number of
     * items. (The 5,000-item limit measured the same way: 11,263 statements; see docs/workflow.md.)
     */
    @Test
    void aThousandItemsImportInOneRequestWithoutAQueryPerItem() throws Exception {
        final int rows = 500;
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        StringBuilder text = new StringBuilder("Long report\n\n");
        for (int i = 0; i < rows; i++) {
            text.append("Row ").append(i).append(" 🎉 counts ").append(i * 7).append(" seats in ").append(i)
                    .append(". ");
            if (i % 50 == 49) {
                text.append("\n\n");
            }
        }
        long article = Fixtures.id(Fixtures.importText(editor, "Long", text.toString().strip()));
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            items.add(quoteOnly("counts " + (i * 7) + " seats in " + i + ".", "", "", "Note " + i));
            Map<String, Object> claim = quoteOnly("Row " + i + " 🎉", "", " counts " + (i * 7), "claim");
            claim.put("motivation", "assessing");
            claim.put("body", i % 2 == 0 ? Map.of("type", "fc:Claim", "fc:text", "Claim " + i)
                    : Map.of("type", "fc:Claim", "fc:verdict", "false", "fc:status", "proposed",
                            "fc:rationale", "Because " + i));
            items.add(claim);
        }
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long started = System.nanoTime();
        as(checker).config(io.restassured.config.RestAssuredConfig.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 300_000)))
                .body(items).post("/api/articles/{id}/annotations/import", article).then().statusCode(201)
                .body("notes", hasSize(rows)).body("claims", hasSize(rows));
        long millis = (System.nanoTime() - started) / 1_000_000;
        long importStatements = statistics.getPrepareStatementCount();
        statistics.clear();
        started = System.nanoTime();
        String export = exportOf(checker, article);
        long exportMillis = (System.nanoTime() - started) / 1_000_000;
        long exportStatements = statistics.getPrepareStatementCount();
        System.out.printf("W3C-IMPORT %d items: %d ms, %d statements; export: %d ms, %d statements, %d bytes%n",
                2 * rows, millis, importStatements, exportMillis, exportStatements, export.length());
        assertEquals(2 * rows, JsonPath.from(export).getInt("total"));
        // inserts: notes, claims, one "created" history entry per claim and three more (rationale, verdict, status)
        // per claim with a verdict; the verdicts' version bumps go in JDBC batches; nothing else grows with the items
        int inserts = rows + rows + rows + 3 * rows / 2;
        assertTrue(importStatements <= inserts + rows / 2 / 50 + 20, importStatements + " statements");
        assertTrue(exportStatements <= 8, exportStatements + " statements");
    }

    // ---- helpers

    /**
     * Orphans (words removed by a revision) are exported with their quote and fc:orphaned: the export imports back
     * onto the same text (orphans skipped, listed), and onto a text that still has their words they are placed.
     */
    @Test
    void anExportWithOrphansImportsBackAndOrphansFindTheirWordsWhereTheyStillAre() throws Exception {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long a = Fixtures.id(Fixtures.importText(editor, "Orphans A", TEXT));
        claim(checker, a, TEXT, "40,000 people", null, null);
        note(checker, a, TEXT, "cheered as the team won", "Which match?", "questioning");
        note(checker, a, TEXT, "Fans 🎉", "Photo?", "commenting");
        String revised = TEXT.replace("The stadium holds 40,000 people 🏟️ today.", "The stadium was full.")
                .replace("cheered as the team won", "sang");
        int version = as(editor).get("/api/articles/{id}", a).then().extract().jsonPath().getInt("version");
        as(editor).body(Map.of("text", revised, "version", version)).put("/api/articles/{id}/text", a).then()
                .statusCode(200).body("orphaned", is(2));
        String export = exportOf(checker, a);
        JsonPath json = JsonPath.from(export);
        List<Map<String, Object>> items = json.getList("first.items");
        List<Integer> orphans = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object marked = items.get(i).get("fc:orphaned");
            if (Boolean.TRUE.equals(marked)) {
                orphans.add(i);
                assertEquals(1, ((List<?>) ((Map<?, ?>) items.get(i).get("target")).get("selector")).size(),
                        "an orphan keeps only its quote");
            }
            // xsd:dateTime: always with seconds, so the dates sort as text
            assertTrue(((String) items.get(i).get("created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)"),
                    (String) items.get(i).get("created"));
        }
        assertEquals(2, orphans.size(), export);

        long sameText = Fixtures.id(Fixtures.importText(editor, "Orphans B", revised));
        as(checker).contentType(LD).body(export).post("/api/articles/{id}/annotations/import", sameText).then()
                .statusCode(201).body("imported", is(1)).body("notes", hasSize(1)).body("claims", hasSize(0))
                .body("skipped", is(orphans));
        as(checker).get("/api/articles/{id}/annotations", sameText).then().body("quote", contains("Fans 🎉"));

        long oldText = Fixtures.id(Fixtures.importText(editor, "Orphans C", TEXT));
        as(checker).contentType(LD).body(export).post("/api/articles/{id}/annotations/import", oldText).then()
                .statusCode(201).body("imported", is(3)).body("skipped", hasSize(0));
        as(checker).get("/api/articles/{id}/claims", oldText).then().body("quote", contains("40,000 people"))
                .body("orphaned", contains(false));

        // without the mark, a quote that is not in the text still fails the whole import
        as(checker).contentType(LD).body(export.replace("\"fc:orphaned\":true", "\"fc:note\":1"))
                .post("/api/articles/{id}/annotations/import", sameText).then().statusCode(422);
        as(checker).get("/api/articles/{id}/annotations", sameText).then().body("size()", is(1));
    }

    private static String exportOf(String user, long articleId) {
        return as(user).accept(LD).get("/api/articles/{id}/annotations", articleId).then().statusCode(200)
                .header("Content-Type", startsWith(LD)).extract().asString();
    }

    /** The items without what an import may change: ids, dates, creator and the source article's IRI. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> comparable(String export) throws Exception {
        Map<String, Object> json = mapper.readValue(export, Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) ((Map<String, Object>) json.get("first"))
                .get("items");
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Map<String, Object> copy = new LinkedHashMap<>(item);
            copy.keySet().removeAll(List.of("id", "created", "modified", "creator"));
            Map<String, Object> target = new LinkedHashMap<>((Map<String, Object>) copy.get("target"));
            target.remove("source");
            copy.put("target", target);
            Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) copy.get("body"));
            body.remove("id"); // a claim body's id names the claim
            copy.put("body", body);
            result.add(copy);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> selector(Map<String, Object> item, int i) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) item.get("target")).get("selector")).get(i);
    }

    private static long claim(String user, long articleId, String text, String quote, String restated,
            String claimant) {
        int start = text.codePointCount(0, text.indexOf(quote));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", start);
        body.put("end", start + CodePoints.length(quote));
        if (restated != null) {
            body.put("text", restated);
        }
        if (claimant != null) {
            body.put("claimant", claimant);
        }
        return as(user).body(body).post("/api/articles/{id}/claims", articleId).then().statusCode(201)
                .body("quote", is(quote)).extract().jsonPath().getLong("id");
    }

    private static void note(String user, long articleId, String text, String quote, String body, String motivation) {
        int start = text.codePointCount(0, text.indexOf(quote));
        as(user).body(Map.of("start", start, "end", start + CodePoints.length(quote), "body", body,
                "motivation", motivation)).post("/api/articles/{id}/annotations", articleId).then().statusCode(201)
                .body("quote", is(quote));
    }

    /** A W3C note with only a TextQuoteSelector. */
    private static Map<String, Object> quoteOnly(String exact, String prefix, String suffix, String body) {
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", exact);
        quote.put("prefix", prefix);
        quote.put("suffix", suffix);
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", "https://elsewhere.example/article");
        target.put("selector", new ArrayList<>(List.of(quote)));
        Map<String, Object> annotation = new LinkedHashMap<>();
        annotation.put("type", "Annotation");
        annotation.put("motivation", "commenting");
        annotation.put("body", Map.of("type", "TextualBody", "value", body, "format", "text/plain"));
        annotation.put("target", target);
        return annotation;
    }

    private static void assertNothingStored(String user, long articleId) {
        as(user).get("/api/articles/{id}/annotations", articleId).then().body("size()", is(0));
        as(user).get("/api/articles/{id}/claims", articleId).then().body("size()", is(0));
    }
}
