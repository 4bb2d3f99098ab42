package org.factcheck.source;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A small web site on 127.0.0.1 whose pages tests set and change: the other end of snapshot fetching. */
public final class TestSite implements AutoCloseable {

    public record PageAnswer(int status, String contentType, byte[] body, String location, long delayMillis) {
    }

    private final HttpServer server;
    private final Map<String, PageAnswer> pages = new ConcurrentHashMap<>();

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void html(String path, String html) {
        pages.put(path, new PageAnswer(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null, 0));
    }

    public void answer(String path, PageAnswer answer) {
        pages.put(path, answer);
    }

    public void redirect(String path, String to) {
        pages.put(path, new PageAnswer(302, null, new byte[0], to, 0));
    }

    public void remove(String path) {
        pages.remove(path);
    }

    private void answer(HttpExchange exchange) throws IOException {
        PageAnswer page = pages.get(exchange.getRequestURI().getPath());
        try (exchange) {
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (page.delayMillis() > 0) {
                try {
                    Thread.sleep(page.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (page.location() != null) {
                exchange.getResponseHeaders().add("Location", page.location());
            }
            if (page.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", page.contentType());
            }
            exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
            if (page.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page.body());
                }
            }
        } catch (IOException e) {
            // the client gave up (timeouts, size limits): nothing to do
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
