package org.factcheck.article;

import java.text.Normalizer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factcheck.text.CodePoints;
import org.factcheck.web.Problem;

/**
 * API.md: a published article is locked; writes to it or its claims get 409 until an editor reopens it. Writes
 * that name the article version they changed also get 409 when it is no longer the current one. Both answers
 * carry the article as it is now, so the client can show what changed. Every write to an article or its claims
 * and notes passes here first and locks the article's row until it commits, so writes to one article take turns
 * and each checks what the one before it left.
 */
@ApplicationScoped
public class ArticleChangeGuard {

    @Inject
    ArticleService articles;

    public Article requireWritable(long articleId) {
        return requireWritable(articleId, null);
    }

    /**
     * Takes the article's row lock without refusing a published article: for what may still be recorded once the
     * story is out (where its fact-check was published).
     */
    public Article lock(long articleId) {
        return articles.findForChange(articleId);
    }

    /** {@code expectedVersion}: the version the writer saw, or null when the write does not depend on it. */
    public Article requireWritable(long articleId, Integer expectedVersion) {
        Article article = lock(articleId);
        if (article.isLocked()) {
            throw Problem.conflict("This article is published and locked; an editor must reopen it first.",
                    articles.summary(article));
        }
        if (expectedVersion != null && expectedVersion != article.version) {
            throw Problem.conflict("Someone changed this article in the meantime.", articles.summary(article));
        }
        return article;
    }

    /**
     * {@code quote}: the words the writer selected at {@code start}–{@code end} (code points), or null or empty
     * when the writer did not say. When the text was corrected after the selection, 409 rather than a claim or a
     * note on other words. Offsets that are simply wrong are left to the span rules (400).
     */
    public void requireQuote(Article article, Integer start, Integer end, String quote) {
        if (quote == null || quote.isEmpty() || start == null || end == null || start < 0 || start >= end) {
            return;
        }
        String now = end <= CodePoints.length(article.text) ? CodePoints.substring(article.text, start, end) : null;
        if (!Normalizer.normalize(quote, Normalizer.Form.NFC).equals(now)) {
            throw Problem.conflict("The text has changed since these words were selected: "
                    + (now == null ? "it is shorter now" : start + "–" + end + " now reads \""
                            + CodePoints.abbreviate(now, 60) + "\"") + ". Select them again.",
                    articles.summary(article));
        }
    }
}
