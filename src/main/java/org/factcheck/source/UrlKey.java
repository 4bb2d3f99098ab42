package org.factcheck.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An address reduced to what identifies the story, so the same story imported twice is found: lower-case scheme
 * and host, no "www.", no default port, no fragment, no tracking parameters (utm_*, fbclid, gclid…), no trailing slash.
 */
public final class UrlKey {

    private UrlKey() {
    }

    /** The key as stored for imports (query parameters in their order). */
    public static String of(String url) {
        return key(url, false);
    }

    /** The key with the query parameters sorted, for comparing addresses that are not stored. */
    public static String ignoringParameterOrder(String url) {
        return key(url, true);
    }

    private static String key(String url, boolean sortParameters) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            List<String> kept = new ArrayList<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (!pair.isEmpty() && !name.startsWith("utm_") && !List.of("fbclid", "gclid", "mc_cid", "mc_eid",
                            "ocid", "cmpid", "at_medium", "at_campaign", "ref_src", "share").contains(name)) {
                        kept.add(pair);
                    }
                }
            }
            if (sortParameters) {
                kept.sort(null);
            }
            // http and https name the same story: the key leaves the scheme out
            return host + (defaultPort ? "" : ":" + port) + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }
}
