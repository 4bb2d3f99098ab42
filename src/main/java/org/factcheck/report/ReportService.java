package org.factcheck.report;

import org.factcheck.article.ArticleCorrection;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factcheck.article.Article;
import org.factcheck.article.ArticleService;
import org.factcheck.article.ArticleStats;
import org.factcheck.claim.Claim;
import org.factcheck.config.FactcheckConfig;

@ApplicationScoped
public class ReportService {

    @Inject
    ArticleService articles;
    @Inject
    FactcheckConfig config;

    @Transactional
    public Report load(long articleId) {
        Article article = articles.find(articleId);
        List<Claim> claims = Claim.forArticle(articleId);
        return new Report(article, claims, ArticleStats.of(claims), OffsetDateTime.now(),
                config.organization().name(), config.organization().url(), config.publicUrl(),
                ArticleCorrection.forArticle(articleId));
    }
}
