package org.factcheck.search;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.factcheck.source.TestSite;
import org.factcheck.testsupport.Fixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * API.md: {@code GET /api/search}. Every test makes its own documents with a word no other test uses (a made-up
 * token), so the answers can be checked exactly although the database holds other tests' articles.
 */
@QuarkusTest
class SearchTest {

    @Inject
    Fixtures fixtures;
    @Inject
    EntityManagerFactory factory;

    String editor;
    String viewer;

    @BeforeEach
    void users() {
        editor = fixtures.user("editor");
        viewer = fixtures.user("viewer");
    }

    @Test
    void arabicWordsAreFoundWhateverTheirDiacriticsTatweelAndLetterVariants() {
        // the article writes the words fully vowelled, with shadda, tatweel, hamza on alef, teh marbuta, alef maqsura
        String t = token();
        long vowelled = article("ar", "بحث مُشَكَّل " + t,
                "قالَ مُحَمَّدٌ إنّ المدرسةَ أُغلقت. وصل الـوفـــد إلى المستشفى صباحًا.");
        for (String bare : List.of("محمد", "المدرسه", "مدرسة", "اغلقت", "الوفد", "المستشفي", "صباحا")) {
            assertTrue(ids(search(Map.of("q", bare, "type", "article", "size", "200"))).contains(vowelled),
                    "the bare query '" + bare + "' finds the vowelled text");
        }
        // and the other way round: a bare text found by a vowelled, hamzated, tatweeled query
        long bareText = article("ar", "بحث بلا تشكيل " + token(), "قال محمد ان المدرسه اغلقت. وصل الوفد الي المستشفي.");
        for (String vowelledQuery : List.of("مُحَمَّدٌ", "المدرسةِ", "أُغلِقَت", "الـوفــد", "المستشفى")) {
            assertTrue(ids(search(Map.of("q", vowelledQuery, "type", "article", "size", "200"))).contains(bareText),
                    "the query '" + vowelledQuery + "' finds the bare text");
        }
        // the snippet shows the article's own spelling, the match marked
        JsonPath hit = hit(search(Map.of("q", "محمد " + t, "type", "article")), vowelled);
        assertTrue(hit.getString("snippet").contains("<mark>مُحَمَّدٌ</mark>"), hit.getString("snippet"));
        assertEquals("ar", hit.getString("language"));
        assertEquals("/articles/" + vowelled, hit.getString("link"));
    }

    @Test
    void englishWordsAreFoundByTheirStem() {
        String t = token();
        long id = article("en", "Stemming " + t, "The minister repeated the claim " + t + " about taxes on Monday.");
        for (String q : List.of("claims " + t, "claimed " + t, "CLAIMING " + t, "minister " + t)) {
            JsonPath answer = search(Map.of("q", q));
            assertEquals(List.of(id), ids(answer), q);
        }
        assertTrue(hit(search(Map.of("q", "claims " + t)), id).getString("snippet").contains("<mark>claim</mark>"));
    }

    @Test
    void frenchWordsAreFoundByTheirStemWithOrWithoutAccents() {
        String t = token();
        long id = article("fr", "Les élèves " + t, "Les élèves ont manifesté devant l'école " + t + " de Créteil.");
        for (String q : List.of("élève " + t, "eleves " + t, "ecole " + t, "École " + t, "manifestaient " + t,
                "creteil " + t)) {
            assertEquals(List.of(id), ids(search(Map.of("q", q))), q);
        }
        String snippet = hit(search(Map.of("q", "ecole " + t)), id).getString("snippet");
        assertTrue(snippet.contains("<mark>école</mark>"), "the snippet keeps the accents: " + snippet);
    }

    @Test
    void typeStatusAndVerdictFilterTheHits() {
        String t = token();
        String checker = fixtures.user("checker");
        Map<String, Object> article = Fixtures.importText(editor, "Filters " + t, "The mayor said " + t
                + " that unemployment fell by half.");
        long articleId = Fixtures.id(article);
        long claimId = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0), "claimant",
                "Mayor Dupont")).post("/api/articles/{id}/claims", articleId).then().statusCode(201).extract()
                .jsonPath().getLong("id");

        assertEquals(List.of(articleId, claimId).stream().sorted().toList(),
                ids(search(Map.of("q", t))).stream().sorted().toList());
        JsonPath claims = search(Map.of("q", t, "type", "claim"));
        assertEquals(List.of(claimId), ids(claims));
        assertEquals("claim", claims.getString("items[0].type"));
        assertEquals(articleId, claims.getLong("items[0].articleId"));
        assertEquals("Filters " + t, claims.getString("items[0].articleTitle"));
        assertEquals("/claims/" + claimId, claims.getString("items[0].link"));
        assertEquals("open", claims.getString("items[0].status"));
        assertEquals("unreviewed", claims.getString("items[0].verdict"));
        assertEquals(List.of(claimId), ids(search(Map.of("q", "dupont " + t, "type", "claim"))), "claimant");
        assertEquals(List.of(articleId), ids(search(Map.of("q", t, "type", "article"))));
        assertEquals(List.of(articleId), ids(search(Map.of("q", t, "status", "draft"))));
        assertEquals(List.of(), ids(search(Map.of("q", t, "status", "published"))));

        as(checker).body(Map.of("verdict", "false", "rationale", "Figures say otherwise.", "version", 0))
                .patch("/api/claims/{id}", claimId).then().statusCode(200);
        assertEquals(List.of(claimId), ids(search(Map.of("q", t, "verdict", "false"))));
        assertEquals(List.of(), ids(search(Map.of("q", t, "verdict", "verified"))));
        assertEquals(List.of(claimId), ids(search(Map.of("q", t, "status", "proposed"))));
        assertEquals(List.of(), ids(search(Map.of("q", t, "status", "open"))));
        assertEquals(List.of(claimId), ids(search(Map.of("q", t, "type", "claim", "language", "en"))));
        assertEquals(List.of(), ids(search(Map.of("q", t, "type", "claim", "language", "ar"))));
    }

    @Test
    void sourcesAreFoundByTitlePublisherAddressAndTheirPageCopy() throws Exception {
        String t = token();
        String page = token();
        try (TestSite site = new TestSite()) {
            site.html("/report", "<html><head><title>Annual report</title></head><body><article><p>The ministry"
                    + " counted " + page + " displaced families in the northern districts this year, according"
                    + " to the annual report.</p></article></body></html>");
            String checker = fixtures.user("checker");
            Map<String, Object> article = Fixtures.importText(editor, "Sources " + t, "A sentence to check " + t + ".");
            long claimId = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                    .post("/api/articles/{id}/claims", Fixtures.id(article)).then().statusCode(201).extract()
                    .jsonPath().getLong("id");
            long sourceId = as(checker).body(Map.of("source", Map.of("url", site.url("/report?ref=" + t), "title",
                    "Ministry figures " + t, "publisher", "Statistics Office"), "stance", "supports"))
                    .post("/api/claims/{id}/evidence", claimId).then().statusCode(201).extract().jsonPath()
                    .getLong("source.id");

            JsonPath byTitle = search(Map.of("q", "figure " + t, "type", "source"));
            assertEquals(List.of(sourceId), ids(byTitle));
            assertEquals("/sources/" + sourceId, byTitle.getString("items[0].link"));
            assertEquals(List.of(sourceId), ids(search(Map.of("q", "statistics " + t, "type", "source"))));
            waitForSnapshot(sourceId);
            JsonPath byPage = search(Map.of("q", "displaced " + page, "type", "source"));
            assertEquals(List.of(sourceId), ids(byPage), "the page copy's text is searched");
            assertTrue(byPage.getString("items[0].snippet").contains("<mark>displaced</mark>"),
                    byPage.getString("items[0].snippet"));
        }
    }

    @Test
    void pagesCarryTheTotal() {
        String t = token();
        for (int i = 0; i < 5; i++) {
            article("en", "Paging " + i + " " + t, "Paragraph " + i + " mentions " + t + ".");
        }
        JsonPath first = search(Map.of("q", t, "size", "2"));
        assertEquals(5, first.getInt("total"));
        assertEquals(0, first.getInt("page"));
        assertEquals(2, first.getInt("size"));
        assertEquals(2, first.getList("items").size());
        JsonPath last = search(Map.of("q", t, "size", "2", "page", "2"));
        assertEquals(1, last.getList("items").size());
        assertEquals(5, last.getInt("total"));
        JsonPath beyond = search(Map.of("q", t, "size", "2", "page", "9"));
        assertEquals(0, beyond.getList("items").size());
        assertEquals(5, beyond.getInt("total"));
        List<Long> all = new java.util.ArrayList<>(ids(first));
        all.addAll(ids(search(Map.of("q", t, "size", "2", "page", "1"))));
        all.addAll(ids(last));
        assertEquals(5, all.stream().distinct().count(), "pages neither repeat nor skip a hit");
    }

    @Test
    void snippetsAndTitlesAreEscaped() {
        String t = token();
        long id = article("en", "<script>alert('t')</script> " + t, "Before <b>bold</b> words " + t
                + " and <img src=x onerror=alert(1)> after.");
        JsonPath hit = hit(search(Map.of("q", t)), id);
        String snippet = hit.getString("snippet");
        assertTrue(snippet.contains("&lt;b&gt;bold&lt;/b&gt;"), snippet);
        assertTrue(snippet.contains("<mark>" + t + "</mark>"), snippet);
        assertTrue(snippet.contains("&lt;img src=x onerror=alert(1)&gt;"), snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
        assertEquals("<script>alert('t')</script> " + t, hit.getString("title"), "JSON carries the text itself");
        assertNull(hit.get("snippetParts"), "the snippet is in the answer once, as HTML");

        String html = as(viewer).accept("text/html").queryParam("q", t).get("/search").then().statusCode(200)
                .extract().asString();
        assertFalse(html.contains("<script>alert"), "the title is escaped on the page");
        assertFalse(html.contains("<img src=x"), "the snippet is escaped on the page");
        assertTrue(html.contains("&lt;script&gt;alert"));
        assertTrue(html.contains("<mark>" + t + "</mark>"));
    }

    @Test
    void badParametersAnswer400NamingTheField() {
        Map<Map<String, String>, String> cases = new java.util.LinkedHashMap<>();
        cases.put(Map.of(), "q");
        cases.put(Map.of("q", "   "), "q");
        cases.put(Map.of("q", "a".repeat(501)), "q");
        cases.put(Map.of("q", "x", "type", "person"), "type");
        cases.put(Map.of("q", "x", "status", "lost"), "status");
        cases.put(Map.of("q", "x", "type", "article", "status", "open"), "status");
        cases.put(Map.of("q", "x", "type", "source", "status", "draft"), "status");
        cases.put(Map.of("q", "x", "verdict", "true"), "verdict");
        cases.put(Map.of("q", "x", "type", "article", "verdict", "false"), "verdict");
        cases.put(Map.of("q", "x", "language", "<ar>"), "language");
        cases.put(Map.of("q", "x", "page", "-1"), "page");
        cases.put(Map.of("q", "x", "page", "first"), "page");
        cases.put(Map.of("q", "x", "size", "0"), "size");
        cases.put(Map.of("q", "x", "size", "201"), "size");
        cases.put(Map.of("q", "x", "size", "ten"), "size");
        cases.forEach((params, field) -> as(viewer).queryParams(params).get("/api/search").then().statusCode(400)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("errors.field", hasItem(field)));
        as(viewer).queryParams(Map.of("q", "", "type", "x", "size", "0")).get("/api/search").then().statusCode(400)
                .body("errors.field", hasItem("q")).body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("size"));
        as(viewer).queryParam("q", "a".repeat(500)).get("/api/search").then().statusCode(200);
        // query syntax characters are words to websearch_to_tsquery, never an error
        for (String odd : List.of("a:b & | !(", "'\"", "-", "OR", "\\ ; drop table article; --", "<>")) {
            as(viewer).queryParam("q", odd).get("/api/search").then().statusCode(200);
        }
    }

    @Test
    void theSearchPageShowsTheFormResultsAndProblems() {
        String t = token();
        long id = article("ar", "صفحة البحث " + t, "أعلنت الوزارةُ نتائجَ الامتحانات " + t + " اليوم.");
        as(viewer).accept("text/html").get("/search").then().statusCode(200)
                .body(containsString("id=\"search-form\"")).body(not(containsString("search-results")));
        String html = as(viewer).accept("text/html").queryParam("q", "الوزارة " + t).get("/search").then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("href=\"/articles/" + id + "\""), html);
        assertTrue(html.contains("<mark>الوزارةُ</mark>"), "the original spelling is marked");
        assertTrue(html.contains("class=\"snippet\" lang=\"ar\" dir=\"rtl\""), "the snippet carries its language");
        as(viewer).accept("text/html").queryParam("q", "nothing-matches-" + t).get("/search").then()
                .statusCode(200).body(containsString("class=\"empty\""));
        as(viewer).accept("text/html").queryParam("q", " ").get("/search").then().statusCode(400)
                .body(containsString("id=\"q-error\""));
    }

    @Test
    void aPageOfManyHitsCostsAsManyStatementsAsOneHit() {
        String few = token();
        String many = token();
        article("en", "Count " + few, "Only one " + few + ".");
        String checker = fixtures.user("checker");
        for (int i = 0; i < 12; i++) {
            long id = article("en", "Count " + i + " " + many, "Many " + many + " here.");
            Map<String, Object> a = as(editor).get("/api/articles/{id}", id).then().extract().jsonPath().getMap("$");
            as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(a, 0))).post("/api/articles/{id}/claims", id)
                    .then().statusCode(201);
        }
        long none = statements("/api/search?q=" + token()); // authentication and the count, no page to read
        long one = statements("/api/search?q=" + few);
        long lots = statements("/api/search?q=" + many);
        System.out.printf("QUERY-COUNT /api/search: %d statements (no hit), %d (1 hit), %d (24 hits)%n", none, one,
                lots);
        assertEquals(one, lots, "a statement per hit");
        assertEquals(none + 1, lots, "one statement for the page of hits with their snippets, besides the total");
    }

    // ---- helpers

    private long statements(String path) {
        as(viewer).get(path).then().statusCode(200);
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        as(viewer).get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private JsonPath search(Map<String, String> params) {
        return as(viewer).queryParams(new HashMap<>(params)).get("/api/search").then().statusCode(200)
                .body("items.type", everyItem(is(org.hamcrest.Matchers.oneOf("article", "claim", "source"))))
                .extract().jsonPath();
    }

    private static List<Long> ids(JsonPath answer) {
        return answer.getList("items.id", Long.class);
    }

    private static JsonPath hit(JsonPath answer, long id) {
        List<Map<String, Object>> items = answer.getList("items");
        for (int i = 0; i < items.size(); i++) {
            if (((Number) items.get(i).get("id")).longValue() == id) {
                return new JsonPath(answer.prettify()).setRootPath("items[" + i + "]");
            }
        }
        throw new AssertionError("no hit " + id + " in " + answer.prettify());
    }

    private long article(String language, String title, String text) {
        return as(editor).body(Map.of("title", title, "text", text, "language", language)).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A made-up word no other document contains (letters only, so every configuration keeps it whole). */
    private static String token() {
        StringBuilder word = new StringBuilder("zq");
        long n = System.nanoTime() ^ Thread.currentThread().getId() << 40;
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + Math.floorMod(n, 26)));
            n /= 26;
        }
        return word.toString();
    }

    private void waitForSnapshot(long sourceId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String status = as(viewer).get("/api/sources/{id}", sourceId).then().statusCode(200).extract().jsonPath()
                    .getString("snapshot.status");
            if (!"pending".equals(status)) {
                assertEquals("fetched", status);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the page was not copied");
    }
}
