package org.factcheck.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.factcheck.source.SnapshotFetcher;
import org.factcheck.source.TestSite;
import org.factcheck.source.UrlKey;
import org.factcheck.web.Problem;
import org.junit.jupiter.api.Test;

/** Character sets, address keys and the guard against internal addresses, without the application. */
class PageDecoderTest {

    private static final String ARABIC = "<p>قالت الوزارة إن الأسعار ارتفعت</p>";

    @Test
    void iso88596DeclaredInTheMetaIsRead() {
        byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">"
                + "</head><body>" + ARABIC + "</body></html>").getBytes(Charset.forName("ISO-8859-6"));
        PageDecoder.Decoded decoded = PageDecoder.decode(bytes, Optional.empty());
        assertEquals("ISO-8859-6", decoded.charset().name());
        assertTrue(decoded.html().contains(ARABIC));
    }

    @Test
    void theHeaderWinsOverTheMetaAndAByteOrderMarkOverBoth() {
        byte[] page = ("<meta charset=\"iso-8859-1\">" + ARABIC).getBytes(Charset.forName("windows-1256"));
        assertTrue(PageDecoder.decode(page, Optional.of(Charset.forName("windows-1256"))).html().contains(ARABIC));

        byte[] utf8 = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        PageDecoder.Decoded decoded = PageDecoder.decode(bom, Optional.of(Charset.forName("windows-1256")));
        assertEquals(ARABIC, decoded.html());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
    }

    @Test
    void withNoDeclarationTheTextIsUtf8() {
        assertEquals(ARABIC, PageDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), Optional.empty()).html());
    }

    @Test
    void addressKeysIgnoreTrackingFragmentsSchemeWwwAndTrailingSlashes() {
        String key = UrlKey.of("https://news.example/a/story?id=7");
        assertEquals(key, UrlKey.of("http://www.NEWS.example:80/a/story/?utm_source=x&id=7#comments"));
        assertEquals(key, UrlKey.of("https://news.example:443/a/story?id=7&fbclid=abc"));
        assertTrue(!key.equals(UrlKey.of("https://news.example/a/story?id=8")));
        assertTrue(!key.equals(UrlKey.of("https://news.example/a/Story?id=7")), "paths keep their case");
        // sources are compared without regard to parameter order; stored import keys keep the order they had
        assertEquals(UrlKey.ignoringParameterOrder("https://news.example/a?b=2&a=1"),
                UrlKey.ignoringParameterOrder("http://www.news.example/a/?a=1&utm_medium=x&b=2"));
        assertTrue(!UrlKey.of("https://news.example/a?b=2&a=1").equals(UrlKey.of("https://news.example/a?a=1&b=2")));
    }

    @Test
    void anInternalAddressIsRefusedWithItsOwnAnswer() throws Exception {
        SnapshotFetcher guarded = new SnapshotFetcher(Duration.ofSeconds(2), 100_000, false);
        try (TestSite site = new TestSite()) {
            site.html("/story", "<p>hello</p>");
            SnapshotFetcher.FetchFailure failure = org.junit.jupiter.api.Assertions.assertThrows(
                    SnapshotFetcher.FetchFailure.class, () -> guarded.fetchPage(site.url("/story")));
            assertEquals(SnapshotFetcher.FailureKind.INTERNAL_ADDRESS, failure.kind());
            Problem problem = ImportService.problem(failure);
            assertEquals(422, problem.status());
            assertEquals("Internal address", problem.title());
            assertTrue(problem.messageFor("url").contains("internal address"), problem.messageFor("url"));
        }
    }

    @Test
    void aPageThatSendsItsHeadersAndThenStallsIsGivenUpOnInTime() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 100);
            try {
                exchange.getResponseBody().write("<p>".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                Thread.sleep(4000);
            } catch (InterruptedException | java.io.IOException e) {
                // the client gave up, as it should
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newSingleThreadExecutor());
        server.start();
        try {
            SnapshotFetcher fetcher = new SnapshotFetcher(Duration.ofSeconds(1), 100_000, true);
            long start = System.nanoTime();
            SnapshotFetcher.FetchFailure failure = org.junit.jupiter.api.Assertions.assertThrows(
                    SnapshotFetcher.FetchFailure.class, () -> fetcher.fetchPage("http://127.0.0.1:"
                            + server.getAddress().getPort() + "/trickle"));
            assertEquals(SnapshotFetcher.FailureKind.TOO_SLOW, failure.kind());
            assertTrue(System.nanoTime() - start < 3_500_000_000L, "given up before the server finished");
        } finally {
            server.stop(0);
        }
    }
}
