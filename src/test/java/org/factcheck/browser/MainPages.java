package org.factcheck.browser;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The desk's main pages, by the name their screenshots take, for the checks that visit every page (accessibility,
 * phone widths): a new main page is added here once. Each check adds the pages of its own.
 */
final class MainPages {

    private MainPages() {
    }

    /** Needs an imported article with a claim (the review page with that claim open, the claim page). */
    static Map<String, String> of(long articleId, long claimId) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/");
        pages.put("articles", "/articles");
        pages.put("import", "/articles/new");
        pages.put("review", "/articles/" + articleId);
        pages.put("review-panel", "/articles/" + articleId + "?claim=" + claimId);
        pages.put("claim", "/claims/" + claimId);
        pages.put("my-work", "/my-work");
        pages.put("search", "/search?q=" + "أرمينيا");
        pages.put("report", "/api/articles/" + articleId + "/report?format=html");
        pages.put("profile", "/profile"); // with the API tokens
        return pages;
    }
}
