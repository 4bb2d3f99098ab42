package org.factcheck.intake;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.source.TestSite;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Import by URL against a local web site serving news-shaped pages (docs/import.md). */
@QuarkusTest
class UrlImportTest {

    static TestSite site;

    @Inject
    Fixtures fixtures;

    String editor;

    @BeforeAll
    static void start() throws Exception {
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @BeforeEach
    void users() {
        editor = fixtures.user("editor");
    }

    /** A test page with its own canonical address, so tests never see each other's imports as duplicates. */
    static String page(String resource, String path) {
        return ArticleExtractorTest.resource("intake/" + resource)
                .replaceAll("(rel=\"canonical\" href=\")[^\"]+", "$1https://news.example" + path);
    }

    static void serve(String path, String html, String contentType, Charset charset) {
        site.answer(path, new TestSite.PageAnswer(200, contentType, html.getBytes(charset), null, 0));
    }

    private long articleCount() {
        return as(editor).get("/api/articles?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void arabicPageInWindows1256DeclaredOnlyInItsMetaImportsWithItsMetadata() {
        String path = "/ar-" + System.nanoTime();
        serve(path, page("news-ar.html", path), "text/html", Charset.forName("windows-1256"));

        JsonPath article = as(editor).body(Map.of("url", site.url(path))).post("/api/articles/from-url").then()
                .statusCode(201).header("Location", containsString("/api/articles/")).extract().jsonPath();

        assertEquals("ارتفاع أسعار القمح في الأسواق المحلية", article.getString("title"));
        assertEquals("صحيفة الوادي", article.getString("outlet"));
        assertEquals("ar", article.getString("language"));
        assertEquals("rtl", article.getString("direction"));
        assertEquals("https://news.example" + path, article.getString("url"));
        assertEquals("2026-11-02T05:30:00Z", java.time.OffsetDateTime.parse(article.getString("publishedAt"))
                .toInstant().toString());
        String text = article.getString("text");
        assertThat(text, startsWith("قالت وزارة التموين إن الأسعار ارتفعت"));
        assertThat(text, containsString("وأضاف المتحدث باسم الوزارة"));
        assertThat(text, not(containsString("التعليقات")));
        assertThat(text, not(containsString("اشترك في نشرتنا")));
    }

    @Test
    void charsetFromTheHeaderAndFromAByteOrderMarkAreHonoured() {
        String path = "/ar-header-" + System.nanoTime();
        String html = page("news-ar.html", path).replace("<meta charset=\"windows-1256\">", "");
        serve(path, html, "text/html; charset=windows-1256", Charset.forName("windows-1256"));
        as(editor).body(Map.of("url", site.url(path))).post("/api/articles/from-url").then().statusCode(201)
                .body("title", is("ارتفاع أسعار القمح في الأسواق المحلية"));

        String bomPath = "/fr-bom-" + System.nanoTime();
        byte[] body = page("news-fr.html", bomPath).replace("<meta charset=\"utf-8\">", "")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        site.answer(bomPath, new TestSite.PageAnswer(200, "text/html", withBom, null, 0));
        as(editor).body(Map.of("url", site.url(bomPath))).post("/api/articles/from-url").then().statusCode(201)
                .body("title", is("Le prix du pain augmente de 8 % en un an")).body("language", is("fr"))
                .body("text", containsString("pèse de plus en plus"));
    }

    @Test
    void previewShowsTheMetadataAndStoresNothingAndTheEditorsCorrectionsWin() {
        String path = "/en-" + System.nanoTime();
        serve(path, page("news-en.html", path), "text/html; charset=utf-8", StandardCharsets.UTF_8);
        long before = articleCount();

        as(editor).body(Map.of("url", site.url(path))).post("/api/articles/from-url/preview").then().statusCode(200)
                .body("title", is("Port strike halts grain exports for a third day"))
                .body("outlet", is("The Harbour Times")).body("authors", is("James Whitfield"))
                .body("publishedAt", is("2026-10-14T06:00Z")).body("language", is("en-GB"))
                .body("direction", is("ltr")).body("canonicalUrl", is("https://news.example" + path))
                .body("text", containsString("Grain exports from the country's largest port"));
        assertEquals(before, articleCount());

        as(editor).body(Map.of("url", site.url(path), "title", "Port strike: exports halted", "outlet", "Harbour Times",
                "publishedAt", "2026-10-13")).post("/api/articles/from-url").then().statusCode(201)
                .body("title", is("Port strike: exports halted")).body("outlet", is("Harbour Times"))
                .body("publishedAt", startsWith("2026-10-13"));
    }

    @Test
    void theSameStoryAgainAnswers409WithALinkWhateverAddressLeadsToIt() {
        String path = "/dup-" + System.nanoTime();
        serve(path, page("news-en.html", path), "text/html; charset=utf-8", StandardCharsets.UTF_8);
        long id = as(editor).body(Map.of("url", site.url(path))).post("/api/articles/from-url").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long count = articleCount();

        // tracking parameters and a trailing slash name the same story
        as(editor).body(Map.of("url", site.url(path) + "/?utm_source=newsletter#comments"))
                .post("/api/articles/from-url").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("current.link", is("/articles/" + id))
                .body("detail", containsString("already imported"));
        // another address that redirects to it, found by the page's canonical address after the fetch
        site.redirect("/short-" + path.substring(1), path);
        as(editor).body(Map.of("url", site.url("/short-" + path.substring(1)))).post("/api/articles/from-url").then()
                .statusCode(409).body("current.id", is((int) id));
        assertEquals(count, articleCount());
    }

    @Test
    void eachWayAFetchFailsGetsItsOwnAnswerAndNothingIsStored() {
        long before = articleCount();
        String n = String.valueOf(System.nanoTime());
        site.answer("/report-" + n + ".pdf", new TestSite.PageAnswer(200, "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), null, 0));
        site.answer("/huge-" + n, new TestSite.PageAnswer(200, "text/html", new byte[2_100_000], null, 0));
        site.answer("/slow-" + n, new TestSite.PageAnswer(200, "text/html", "<p>late</p>".getBytes(
                StandardCharsets.UTF_8), null, 3000));
        site.answer("/error-" + n, new TestSite.PageAnswer(503, "text/html", "<p>down</p>".getBytes(
                StandardCharsets.UTF_8), null, 0));
        site.html("/empty-" + n, "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav>"
                + "</body></html>");

        failsWith(site.url("/missing-" + n), 422, "The page answered with an error", "HTTP 404");
        failsWith(site.url("/error-" + n), 422, "The page answered with an error", "HTTP 503");
        failsWith(site.url("/report-" + n + ".pdf"), 422, "Not a web page", "application/pdf");
        failsWith(site.url("/huge-" + n), 422, "Page too large", "larger than");
        failsWith(site.url("/slow-" + n), 422, "Page too slow", "did not answer within");
        failsWith(site.url("/empty-" + n), 422, "No story found", "no text");
        failsWith("http://127.0.0.1:1/story", 422, "Host unreachable", "Could not reach");
        failsWith("http://no-such-host-" + n + ".invalid/story", 422, "Host not found", "does not exist");
        failsWith("ftp://example.org/story", 400, "Invalid input", "http");
        failsWith("not an address", 400, "Invalid input", "address");
        assertEquals(before, articleCount());
    }

    @Test
    void onlyEditorsImport() {
        String checker = fixtures.user("checker");
        as(checker).body(Map.of("url", site.url("/anything"))).post("/api/articles/from-url").then().statusCode(403);
        as(checker).body(Map.of("url", site.url("/anything"))).post("/api/articles/from-url/preview").then()
                .statusCode(403);
    }

    private void failsWith(String url, int status, String title, String detail) {
        as(editor).body(Map.of("url", url)).post("/api/articles/from-url").then().statusCode(status)
                .contentType(startsWith("application/problem+json")).body("title", is(title))
                .body("detail", containsString(detail)).body("errors[0].field", is("url"));
    }
}
