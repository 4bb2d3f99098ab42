package org.factcheck.intake;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factcheck.article.Article;
import org.factcheck.article.ArticleRevision;
import org.factcheck.article.TextRequest;
import org.factcheck.article.TextService;
import org.factcheck.source.SnapshotFetcher;
import org.factcheck.text.TextNormalizer;
import org.factcheck.user.AppUser;
import org.factcheck.web.Problem;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Watched stories (docs/import.md): publishers edit stories after publication without saying so. Each imported
 * URL is fetched again on a schedule and on demand; a changed story text becomes a new text revision through the
 * ordinary revision machinery (claims and notes follow their words or become orphans), marked "changed by the
 * publisher" with the time it was seen. An unchanged page makes no revision; a page that answers 404 or 410 is
 * flagged gone.
 */
@ApplicationScoped
public class WatchService {

    private static final Logger LOG = Logger.getLogger(WatchService.class);
    static final int BATCH = 50;

    /** What a check found. */
    public record Check(String outcome, Integer revision, String error) {
    }

    @Inject
    ImportService imports;
    @Inject
    TextService texts;

    @ConfigProperty(name = "factcheck.imports.recheck-after", defaultValue = "PT12H")
    Duration recheckAfter;
    @ConfigProperty(name = "factcheck.imports.watch-enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(every = "${factcheck.imports.recheck-every:1h}", delayed = "15m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (!enabled) {
            return;
        }
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> ArticleImport.getEntityManager()
                .createQuery("select i.articleId from ArticleImport i where i.watched = true and (i.lastCheckedAt is"
                        + " null or i.lastCheckedAt < ?1) order by i.lastCheckedAt nulls first", Long.class)
                .setParameter(1, OffsetDateTime.now().minus(recheckAfter)).setMaxResults(BATCH).getResultList());
        for (Long articleId : due) {
            try {
                Check check = check(articleId);
                if (!"same".equals(check.outcome())) {
                    LOG.infof("Watched story of article %d: %s", articleId, check.outcome());
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Watched story of article %d could not be checked", articleId);
            }
        }
    }

    /** Fetches the story again now; the fetch runs outside any transaction. */
    public Check check(long articleId) {
        String url = QuarkusTransaction.requiringNew().call(() -> ArticleImport.<ArticleImport>findByIdOptional(
                articleId).map(i -> i.finalUrl).orElseThrow(() -> Problem.notFound("imported article", articleId)));
        ImportService.Fetched fetched;
        try {
            fetched = imports.fetch(url, false);
        } catch (ImportService.FetchProblem p) {
            SnapshotFetcher.FetchFailure f = p.failure;
            boolean gone = f.kind() == SnapshotFetcher.FailureKind.HTTP_STATUS && f.httpStatus() != null
                    && (f.httpStatus() == 404 || f.httpStatus() == 410)
                    || f.kind() == SnapshotFetcher.FailureKind.DNS;
            return record(articleId, gone ? "gone" : "failed", p.detail());
        } catch (Problem p) {
            return record(articleId, "failed", p.detail()); // e.g. no story text left on the page
        }
        String text = fetched.text();
        String hash = ImportService.textHash(text);
        return QuarkusTransaction.requiringNew().call(() -> {
            // locked: two instances checking at once take turns, and the second finds the text already taken
            ArticleImport source = ArticleImport.findById(articleId, LockModeType.PESSIMISTIC_WRITE);
            OffsetDateTime now = OffsetDateTime.now();
            source.lastCheckedAt = now;
            source.lastCheckError = null;
            source.goneSince = null;
            if (hash.equals(source.textHash)) {
                source.lastCheck = "same";
                return new Check("same", null, null);
            }
            Article article = Article.findById(articleId);
            AppUser importer = article.createdBy;
            source.textHash = hash;
            if (TextNormalizer.normalize(text).equals(article.text)) {
                source.lastCheck = "same"; // the desk had already made the text what the publisher now says
                return new Check("same", null, null);
            }
            source.lastCheck = "changed";
            if (article.isLocked()) {
                source.lastCheckError = "The article is published: reopen it to take the publisher's new text.";
                return new Check("changed", null, source.lastCheckError);
            }
            TextService.Revised revised = texts.revise(articleId, new TextRequest(text, article.version), importer);
            ArticleRevision.update("publisherChangeSeenAt = ?1 where articleId = ?2 and number = ?3", now, articleId,
                    revised.revision());
            return new Check("changed", revised.revision(), null);
        });
    }

    private static Check record(long articleId, String outcome, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            ArticleImport source = ArticleImport.findById(articleId);
            OffsetDateTime now = OffsetDateTime.now();
            source.lastCheckedAt = now;
            source.lastCheck = outcome;
            source.lastCheckError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
            if ("gone".equals(outcome) && source.goneSince == null) {
                source.goneSince = now;
            }
        });
        return new Check(outcome, null, error);
    }
}
