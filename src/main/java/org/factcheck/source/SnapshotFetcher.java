package org.factcheck.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.factcheck.text.HtmlText;
import org.factcheck.text.TextNormalizer;
import org.jsoup.Jsoup;

/**
 * Fetches a cited page the careful way: only http(s), at most {@value #MAX_REDIRECTS} redirects (each hop checked
 * again), connect and read timeouts, a size limit, text/HTML only, and never an address inside our own network
 * (loopback, private, link-local, multicast…) unless configured for intranets: the server-side request forgery
 * rules of OWASP ASVS 12.6. The page is kept as readable text only, never as HTML.
 */
public class SnapshotFetcher {

    static final int MAX_REDIRECTS = 5;
    static final String USER_AGENT = "FactcheckDesk-Snapshot/1.0 (+evidence archive)";

    /** What a fetch gave: status is fetched, failed or blocked. */
    public record Result(String status, Integer httpStatus, String finalUrl, String title, String text,
            String contentHash, String error) {

        static Result failed(Integer httpStatus, String finalUrl, String error) {
            return new Result(SourceSnapshot.FAILED, httpStatus, finalUrl, null, null, null, error);
        }

        static Result blocked(String finalUrl, String error) {
            return new Result(SourceSnapshot.BLOCKED, null, finalUrl, null, null, null, error);
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final boolean allowPrivateAddresses;

    public SnapshotFetcher(Duration timeout, long maxBytes, boolean allowPrivateAddresses) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Why a fetch gave no page: each kind gets its own message (and its own answer in the import). */
    public enum FailureKind {
        BAD_ADDRESS, INTERNAL_ADDRESS, DNS, UNREACHABLE, HTTP_STATUS, NOT_HTML, TOO_LARGE, TOO_SLOW, TOO_MANY_REDIRECTS
    }

    /** A page as it came: the bytes, their declared type and the address after redirects. */
    public record Page(int httpStatus, String finalUrl, String contentType, byte[] body) {

        public boolean isHtml() {
            return contentType.startsWith("text/html") || contentType.startsWith("application/xhtml");
        }

        /** The character set from the Content-Type header, if it names one Java knows. */
        public Optional<Charset> declaredCharset() {
            return charsetOf(contentType);
        }
    }

    /** The page could not be had; {@link #kind()} says why, the message says it to a person. */
    public static final class FetchFailure extends Exception {
        private final FailureKind kind;
        private final Integer httpStatus;
        private final String finalUrl;

        FetchFailure(FailureKind kind, Integer httpStatus, String finalUrl, String message) {
            super(message, null, false, false);
            this.kind = kind;
            this.httpStatus = httpStatus;
            this.finalUrl = finalUrl;
        }

        public FailureKind kind() {
            return kind;
        }

        public Integer httpStatus() {
            return httpStatus;
        }

        public String finalUrl() {
            return finalUrl;
        }
    }

    public Result fetch(String url) {
        Page page;
        try {
            page = fetchPage(url);
        } catch (FetchFailure f) {
            return f.kind() == FailureKind.INTERNAL_ADDRESS || f.kind() == FailureKind.BAD_ADDRESS
                    ? Result.blocked(f.finalUrl(), f.getMessage())
                    : Result.failed(f.httpStatus(), f.finalUrl(), f.getMessage());
        }
        String content = new String(page.body(), page.declaredCharset().orElse(StandardCharsets.UTF_8));
        String title = null;
        // stray controls (a NUL cannot be stored) go as in an import; HTML is normalised by HtmlText
        String text = TextNormalizer.withoutControls(content);
        if (page.isHtml()) {
            title = Jsoup.parse(content).title();
            HtmlText.ExtractedHtml extracted = HtmlText.extract(content);
            text = extracted.text();
            if (title == null || title.isBlank()) {
                title = extracted.title();
            }
        }
        return new Result(SourceSnapshot.FETCHED, page.httpStatus(), page.finalUrl(),
                title == null || TextNormalizer.normalizeTitle(title).isEmpty() ? null
                        : truncate(TextNormalizer.normalizeTitle(title), 1000), text, sha256(text), null);
    }

    /**
     * The page's bytes, through the same guards as every fetch: each redirect hop checked against internal
     * addresses, time, size and type limits. Only text/html, application/xhtml+xml and text/plain are taken.
     */
    public Page fetchPage(String url) throws FetchFailure {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FetchFailure(FailureKind.BAD_ADDRESS, null, url, "Not a fetchable address.");
        }
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                checkAddress(uri);
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                        .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8").GET().build();
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                    response.body().close();
                    uri = uri.resolve(response.headers().firstValue("Location").get().strip());
                    continue;
                }
                try (InputStream body = response.body()) {
                    if (status < 200 || status >= 300) {
                        throw new FetchFailure(FailureKind.HTTP_STATUS, status, uri.toString(),
                                "The page answered HTTP " + status + ".");
                    }
                    String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                    boolean html = type.startsWith("text/html") || type.startsWith("application/xhtml");
                    if (!html && !type.startsWith("text/plain")) {
                        throw new FetchFailure(FailureKind.NOT_HTML, status, uri.toString(), "Not a web page ("
                                + (type.isEmpty() ? "no type" : type) + "); only HTML and plain text are taken.");
                    }
                    byte[] bytes = readWithinTimeout(body, (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    if (bytes.length > maxBytes) {
                        throw new FetchFailure(FailureKind.TOO_LARGE, status, uri.toString(),
                                "The page is larger than " + maxBytes + " bytes.");
                    }
                    return new Page(status, uri.toString(), type, bytes);
                }
            }
            throw new FetchFailure(FailureKind.TOO_MANY_REDIRECTS, null, uri.toString(),
                    "More than " + MAX_REDIRECTS + " redirects.");
        } catch (HttpTimeoutException e) {
            throw new FetchFailure(FailureKind.TOO_SLOW, null, uri.toString(),
                    "The page did not answer within " + timeout.toSeconds() + " s.");
        } catch (IOException e) {
            throw new FetchFailure(FailureKind.UNREACHABLE, null, uri.toString(), "Could not reach the page: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + truncate(e.getMessage(), 200)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailure(FailureKind.UNREACHABLE, null, uri.toString(), "Interrupted.");
        } catch (IllegalArgumentException e) {
            throw new FetchFailure(FailureKind.BAD_ADDRESS, null, uri.toString(), "Not a fetchable address.");
        }
    }

    // Bodies are read on their own threads so a page that sends its headers and then trickles can be given up on:
    // the client's request timeout stops at the headers.
    private static final java.util.concurrent.ExecutorService BODY_READERS = java.util.concurrent.Executors
            .newCachedThreadPool(r -> {
                Thread t = new Thread(r, "snapshot-body-reader");
                t.setDaemon(true);
                return t;
            });

    private byte[] readWithinTimeout(InputStream body, int limit) throws IOException, InterruptedException {
        java.util.concurrent.Future<byte[]> read = BODY_READERS.submit(() -> body.readNBytes(limit));
        try {
            return read.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            read.cancel(true);
            body.close();
            throw new HttpTimeoutException("body not read within " + timeout);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /**
     * Refuses what must not be fetched: anything but http(s), no host, a host that does not resolve, or one that
     * resolves to an internal address (unless configured for intranets). One DNS lookup per hop.
     */
    void checkAddress(URI uri) throws FetchFailure {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchFailure(FailureKind.BAD_ADDRESS, null, uri.toString(),
                    "Only http and https addresses are fetched.");
        }
        if (uri.getHost() == null) {
            throw new FetchFailure(FailureKind.BAD_ADDRESS, null, uri.toString(), "The address has no host.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchFailure(FailureKind.DNS, null, uri.toString(), "The host name " + uri.getHost()
                    + " does not exist (DNS lookup failed).");
        }
        if (allowPrivateAddresses) {
            return;
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new FetchFailure(FailureKind.INTERNAL_ADDRESS, null, uri.toString(),
                        "The host resolves to an internal address (" + address.getHostAddress()
                                + "); such addresses are never fetched.");
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first == 0 || (first == 100 && second >= 64 && second <= 127) // "this network", carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xFF) == 0) || first >= 240; // IETF, reserved
    }

    static Optional<Charset> charsetOf(String contentType) {
        int at = contentType.indexOf("charset=");
        if (at >= 0) {
            try {
                return Optional.of(Charset.forName(contentType.substring(at + 8).replace("\"", "").replace("'", "")
                        .split("[;\\s]")[0]));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
