package org.factcheck.web;

import io.vertx.ext.web.RoutingContext;

/** The client's address for the audit (the proxy's X-Forwarded-For when trusted, docs/security.md). */
public final class RemoteAddress {

    private RemoteAddress() {
    }

    public static String of(RoutingContext routing) {
        return routing == null || routing.request().remoteAddress() == null ? null
                : routing.request().remoteAddress().hostAddress();
    }
}
