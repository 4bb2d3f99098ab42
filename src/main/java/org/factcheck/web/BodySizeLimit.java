package org.factcheck.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request body over {@code quarkus.http.limits.max-body-size} gets a 413 that says the limit: problem+json for the
 * API, the import form with the message next to its field for the form, an error page for other pages. Quarkus's own
 * check (the route after this one) answered an empty 413 and closed the connection while the client was still
 * sending, which a client that reads only after sending everything (Python's urllib, many scripts) saw as a
 * connection reset.
 *
 * <p>So: a client that waits for {@code 100-continue} is answered at once (problem+json, pages too: browsers do not
 * wait), before it sends anything, and the connection is closed after the answer. Any other client is allowed to finish sending (the body is read and
 * thrown away, up to {@link #DRAIN_FACTOR} times the limit), then answered on the same connection by the JAX-RS
 * layer ({@link TooLargeResource}, or the import form): the request is rerouted to it as a GET, with the size in the
 * routing context. A body larger than that is answered at once and the connection closed, as before.
 *
 * <p>A chunked body (no Content-Length) cannot be judged up front: Quarkus counts it as it is read and, when it
 * passes the limit, answers an empty 413 and closes the connection (ProblemMapper keeps that out of the error log).
 */
@ApplicationScoped
public class BodySizeLimit {

    /** The routing-context key holding the announced body size, in bytes. */
    public static final String ANNOUNCED = "factcheck.body-too-large";
    static final String API_PATH = "/api/too-large";
    static final String PAGE_PATH = "/too-large";
    static final String IMPORT_FORM_PATH = "/articles/new";
    /** How much more than the limit is read to let the client finish; beyond, the connection is closed. */
    static final long DRAIN_FACTOR = 8;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper json;

    private String problemJson(Problem problem) {
        try {
            return json.writeValueAsString(ProblemBody.of(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    public long limit() {
        return maxBodySize.asLongValue();
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String announced = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        long length;
        try {
            length = announced == null ? -1 : Long.parseLong(announced.trim());
        } catch (NumberFormatException e) {
            length = -1; // Netty refuses such a request itself
        }
        if (length <= limit() || ctx.get(ANNOUNCED) != null) {
            ctx.next();
            return;
        }
        ctx.put(ANNOUNCED, length);
        String target = answerPath(request);
        boolean waitsForContinue = HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(
                request.getHeader(HttpHeaderNames.EXPECT));
        if (waitsForContinue || length > DRAIN_FACTOR * limit()) {
            // nothing (or too much) to wait for: answer now, here (the request never ends, so it cannot go through
            // the JAX-RS layer), and close, so that no unread body is left behind
            String json = problemJson(Problem.tooLarge(TooLargeResource.message(length, limit(),
                    target.equals(API_PATH) ? "request body" : "form")));
            ctx.response().setStatusCode(413).putHeader(HttpHeaderNames.CONTENT_TYPE, ProblemBody.MEDIA_TYPE)
                    .putHeader(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                    .endHandler(v -> request.connection().close()).end(json);
            return;
        }
        // let the client finish: read and drop the body, then answer on the same connection
        request.handler(chunk -> {
        });
        request.endHandler(v -> reroute(ctx, target));
        request.exceptionHandler(e -> request.connection().close());
        request.resume();
    }

    private static void reroute(RoutingContext ctx, String target) {
        // the body is gone (or was never sent): the GET must not look for one
        ctx.request().headers().remove(HttpHeaderNames.CONTENT_LENGTH).remove(HttpHeaderNames.CONTENT_TYPE)
                .remove(HttpHeaderNames.EXPECT);
        ctx.reroute(HttpMethod.GET, target);
    }

    private static String answerPath(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/api") || path.startsWith("/api/")) {
            return API_PATH;
        }
        return request.method() == HttpMethod.POST && path.equals("/articles") ? IMPORT_FORM_PATH : PAGE_PATH;
    }
}
