package org.factcheck.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.article.Article;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.Verdict;
import org.factcheck.web.Dates;

/** schema.org ClaimReview for every approved claim (STANDARDS.md; ratings from API.md). */
public final class ClaimReviewWriter {

    private ClaimReviewWriter() {
    }

    public static List<Map<String, Object>> reviews(Report report) {
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (Claim claim : report.claims()) {
            if (claim.status == ClaimStatus.APPROVED && claim.verdict != Verdict.UNREVIEWED) {
                reviews.add(review(report, claim));
            }
        }
        return reviews;
    }

    static Map<String, Object> review(Report report, Claim claim) {
        Article article = report.article();
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        if (claim.verdict.rating != null) {
            rating.put("ratingValue", claim.verdict.rating);
        }
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", claim.verdict.label);

        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        appearance.put("url", article.url != null ? article.url : report.articleUrl());
        appearance.put("headline", article.title);
        if (article.publishedAt != null) {
            appearance.put("datePublished", Dates.iso(article.publishedAt));
        }
        if (article.outlet != null) {
            appearance.put("publisher", Map.of("@type", "Organization", "name", article.outlet));
        }

        Map<String, Object> itemReviewed = new LinkedHashMap<>();
        itemReviewed.put("@type", "Claim");
        String claimant = claim.claimant != null ? claim.claimant : article.outlet;
        if (claimant != null) {
            itemReviewed.put("author", Map.of("@type", claim.claimant != null ? "Person" : "Organization",
                    "name", claimant));
        }
        if (article.publishedAt != null) {
            itemReviewed.put("datePublished", Dates.iso(article.publishedAt));
        }
        itemReviewed.put("appearance", List.of(appearance));
        itemReviewed.put("firstAppearance", appearance);

        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", url(report, claim));
        review.put("claimReviewed", claim.text != null ? claim.text : claim.quote);
        OffsetDateTime published = claim.firstApprovedAt != null ? claim.firstApprovedAt : claim.approvedAt;
        review.put("datePublished", Dates.iso(published));
        // a verdict corrected after publication (re-approved later) carries its new date
        if (claim.approvedAt != null && published != null && claim.approvedAt.isAfter(published)) {
            review.put("dateModified", Dates.iso(claim.approvedAt));
        }
        review.put("author", Map.of("@type", "Organization", "name", report.organizationName(), "url",
                report.organizationUrl()));
        review.put("reviewRating", rating);
        review.put("itemReviewed", itemReviewed);
        review.put("inLanguage", article.language);
        return review;
    }

    /**
     * Google's rule: the url is the fact-check page that carries the markup. That is where an editor recorded the
     * fact-check was published (the claim's own page, else the article's); until then the desk's claim page (the
     * review and claim pages say the address is missing).
     */
    static String url(Report report, Claim claim) {
        if (claim.factcheckUrl != null) {
            return claim.factcheckUrl;
        }
        return report.article().factcheckUrl != null ? report.article().factcheckUrl : report.claimUrl(claim);
    }

    /** A script element for the JSON-LD: <, >, & and the JavaScript line separators escaped as \\u sequences. */
    public static String scriptElement(String json) {
        String safe = json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        return "<script type=\"application/ld+json\">\n" + safe + "\n</script>\n";
    }
}
