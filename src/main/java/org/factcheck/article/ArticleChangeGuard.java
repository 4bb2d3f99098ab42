package org.factcheck.article;

import jakarta.enterprise.context.ApplicationScoped;

import org.factcheck.web.Problem;

/** API.md: a published article is locked; writes to it or its claims get 409 until an editor reopens it. */
@ApplicationScoped
public class ArticleChangeGuard {

    public Article requireWritable(long articleId) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> Problem.notFound("article", articleId));
        if (article.isLocked()) {
            throw Problem.conflict("This article is published and locked; an editor must reopen it first.", null);
        }
        return article;
    }
}
