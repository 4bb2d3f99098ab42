package org.factcheck.report;

import org.factcheck.article.ArticleCorrection;
import java.time.OffsetDateTime;
import java.util.List;

import org.factcheck.article.Article;
import org.factcheck.article.ArticleStats;
import org.factcheck.claim.Claim;

/** What every report format says about an article: loaded once, in a fixed number of queries. */
public record Report(Article article, List<Claim> claims, ArticleStats stats, OffsetDateTime generatedAt,
        String organizationName, String organizationUrl, String publicUrl,
        List<ArticleCorrection> corrections) {

    public String articleUrl() {
        return publicUrl + "/articles/" + article.id;
    }

    /** A stable address for one claim's review: the claim page of this application. */
    public String claimUrl(Claim claim) {
        return publicUrl + "/claims/" + claim.id;
    }
}
