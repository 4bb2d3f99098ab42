package org.factcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching cited pages against a real local HTTP server: status, redirects, timeouts, size, type, SSRF rules. */
class SnapshotFetcherTest {

    static TestSite site;
    static final SnapshotFetcher FETCHER = new SnapshotFetcher(Duration.ofSeconds(1), 50_000, true);
    static final SnapshotFetcher GUARDED = new SnapshotFetcher(Duration.ofSeconds(1), 50_000, false);

    @BeforeAll
    static void start() throws Exception {
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void keepsTheReadableTextOfAPageWithItsTitleAndHash() {
        site.html("/story", "<html><head><title>Ministry report</title><script>track()</script></head><body>"
                + "<nav>Home</nav><article><h1>Casualties</h1><p>105 soldiers were killed.</p></article></body></html>");
        SnapshotFetcher.Result result = FETCHER.fetch(site.url("/story"));
        assertEquals(SourceSnapshot.FETCHED, result.status());
        assertEquals(200, result.httpStatus());
        assertEquals("Ministry report", result.title());
        assertEquals("Casualties\n\n105 soldiers were killed.", result.text());
        assertFalse(result.text().contains("track()"));
        assertEquals(64, result.contentHash().length());
    }

    @Test
    void strayControlCharactersOfAPageAreRemovedSoItCanBeStored() {
        // PostgreSQL cannot store a NUL; a form feed between pages ends a line, as in an imported file (issue 18)
        site.answer("/plain", new TestSite.PageAnswer(200, "text/plain; charset=utf-8",
                "Page one\u0000 ends.\fPage two\u0007 begins.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                null, 0));
        SnapshotFetcher.Result plain = FETCHER.fetch(site.url("/plain"));
        assertEquals(SourceSnapshot.FETCHED, plain.status());
        assertEquals("Page one ends.\nPage two begins.", plain.text());
        site.html("/controls", "<html><head><title>Report\u0001 2026</title></head><body><p>Figures\u0000 rose.</p>"
                + "</body></html>");
        SnapshotFetcher.Result html = FETCHER.fetch(site.url("/controls"));
        assertEquals("Report 2026", html.title());
        assertFalse(html.text().contains("\u0000"), html.text());
        assertTrue(html.text().contains("rose."), html.text());
    }

    @Test
    void followsAFewRedirectsButNotEndlessOnes() {
        site.html("/final", "<p>Arrived.</p>");
        site.redirect("/hop1", "/hop2");
        site.redirect("/hop2", site.url("/final"));
        SnapshotFetcher.Result result = FETCHER.fetch(site.url("/hop1"));
        assertEquals(SourceSnapshot.FETCHED, result.status());
        assertEquals(site.url("/final"), result.finalUrl());
        site.redirect("/loop", "/loop");
        SnapshotFetcher.Result loop = FETCHER.fetch(site.url("/loop"));
        assertEquals(SourceSnapshot.FAILED, loop.status());
        assertTrue(loop.error().contains("redirects"), loop.error());
    }

    @Test
    void failsCleanlyOnErrorsTimeoutsLargeAndNonHtmlAnswers() {
        SnapshotFetcher.Result missing = FETCHER.fetch(site.url("/nothing-here"));
        assertEquals(SourceSnapshot.FAILED, missing.status());
        assertEquals(404, missing.httpStatus());

        site.answer("/slow", new TestSite.PageAnswer(200, "text/html", "<p>late</p>".getBytes(), null, 3000));
        long started = System.nanoTime();
        SnapshotFetcher.Result slow = FETCHER.fetch(site.url("/slow"));
        assertEquals(SourceSnapshot.FAILED, slow.status());
        assertTrue(slow.error().contains("did not answer"), slow.error());
        assertTrue(System.nanoTime() - started < 2_900_000_000L, "the timeout cut the wait short");

        site.answer("/huge", new TestSite.PageAnswer(200, "text/html", "x".repeat(60_000).getBytes(), null, 0));
        SnapshotFetcher.Result huge = FETCHER.fetch(site.url("/huge"));
        assertEquals(SourceSnapshot.FAILED, huge.status());
        assertTrue(huge.error().contains("larger than"), huge.error());

        site.answer("/report.pdf", new TestSite.PageAnswer(200, "application/pdf", new byte[] {37, 80, 68, 70}, null, 0));
        SnapshotFetcher.Result pdf = FETCHER.fetch(site.url("/report.pdf"));
        assertEquals(SourceSnapshot.FAILED, pdf.status());
        assertTrue(pdf.error().contains("Not a web page"), pdf.error());
    }

    @Test
    void refusesInternalAddressesUnlessAllowed() throws Exception {
        site.html("/internal", "<p>secret</p>");
        SnapshotFetcher.Result blocked = GUARDED.fetch(site.url("/internal"));
        assertEquals(SourceSnapshot.BLOCKED, blocked.status());
        assertEquals(null, blocked.text());
        assertEquals(SourceSnapshot.BLOCKED, GUARDED.fetch("http://localhost:1/").status());
        assertEquals(SourceSnapshot.BLOCKED, GUARDED.fetch("ftp://example.org/file").status());
        // a public page that redirects inside is refused at the hop
        site.redirect("/to-internal", "http://169.254.169.254/latest/meta-data/");
        assertEquals(SourceSnapshot.BLOCKED, FETCHER_WITH_HOP_CHECK().fetch(site.url("/to-internal")).status());

        for (String internal : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
            "0.0.0.0", "100.64.0.1", "224.0.0.1", "::1", "fc00::1", "fe80::1"}) {
            assertTrue(SnapshotFetcher.isInternal(InetAddress.getByName(internal)), internal);
        }
        for (String external : new String[] {"8.8.8.8", "93.184.216.34", "2606:4700::1111"}) {
            assertFalse(SnapshotFetcher.isInternal(InetAddress.getByName(external)), external);
        }
        assertNotEquals(SourceSnapshot.BLOCKED, FETCHER.fetch(site.url("/internal")).status());
    }

    /** Allows the first hop (our test site stands in for a public site) and checks every later hop. */
    private static SnapshotFetcher FETCHER_WITH_HOP_CHECK() {
        return new SnapshotFetcher(Duration.ofSeconds(1), 50_000, false) {
            private int hops;

            @Override
            void checkAddress(java.net.URI uri) throws FetchFailure {
                if (hops++ > 0) {
                    super.checkAddress(uri);
                }
            }
        };
    }
}
