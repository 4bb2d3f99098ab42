package org.factcheck.intake;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.factcheck.article.ArticleRevision;
import org.factcheck.config.FactcheckConfig;
import org.factcheck.user.CurrentUser;

/**
 * What pages outside this package show of an import (templates reach it as {@code inject:articleImports}): the
 * article page's "page as imported" and watch line, the revisions page's "changed by the publisher", My work's
 * list of assigned stories the publisher changed. One query per article and request, whatever a page asks.
 */
@RequestScoped
@Named("articleImports")
public class ImportLookup {

    /** An article assigned to someone whose publisher changed the story, and when that was seen. */
    public record PublisherChange(long articleId, String title, String language, String direction, int revision,
            OffsetDateTime seenAt) {
    }

    @Inject
    CurrentUser currentUser;
    @Inject
    FactcheckConfig config;

    private final Map<Long, ArticleImport> imports = new HashMap<>();
    private final Map<Long, Map<Integer, OffsetDateTime>> publisherRevisions = new HashMap<>();

    /**
     * "Send to desk": a bookmarklet that opens this desk's import form with the current page's address (the form
     * fetches it at once). It runs on the news page, never on ours (our CSP would not let it).
     */
    public String bookmarklet() {
        String publicUrl = config.publicUrl();
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return "javascript:void(location.href='" + base.replace("'", "%27")
                + "/import?url='+encodeURIComponent(location.href))";
    }

    /** The import of this article, or null when it was pasted or uploaded. */
    public ArticleImport of(long articleId) {
        return imports.computeIfAbsent(articleId, id -> ArticleImport.<ArticleImport>findByIdOptional(id).orElse(null));
    }

    /** When the publisher's change behind this revision was seen, or null for an editor's revision. */
    public OffsetDateTime publisherSeen(long articleId, int revision) {
        return publisherRevisions.computeIfAbsent(articleId, ImportLookup::loadPublisherRevisions).get(revision);
    }

    private static Map<Integer, OffsetDateTime> loadPublisherRevisions(long articleId) {
        Map<Integer, OffsetDateTime> seen = new HashMap<>();
        ArticleRevision.getEntityManager().createQuery("select r.number, r.publisherChangeSeenAt from ArticleRevision r"
                + " where r.articleId = ?1 and r.publisherChangeSeenAt is not null", Object[].class)
                .setParameter(1, articleId).getResultList()
                .forEach(row -> seen.put((Integer) row[0], (OffsetDateTime) row[1]));
        return seen;
    }

    /** For My work: the signed-in person's articles changed by their publisher in the last 30 days. */
    public List<PublisherChange> changedForMe() {
        var me = currentUser.get();
        if (me == null) {
            return List.of();
        }
        return ArticleRevision.getEntityManager().createQuery("select a.id, a.title, a.language, a.direction,"
                + " r.number, r.publisherChangeSeenAt from Article a join ArticleRevision r on r.articleId = a.id"
                + " where a.assignee.id = ?1 and r.publisherChangeSeenAt > ?2 order by r.publisherChangeSeenAt desc",
                Object[].class).setParameter(1, me.id).setParameter(2, OffsetDateTime.now().minusDays(30))
                .setMaxResults(50).getResultList().stream().map(r -> new PublisherChange((Long) r[0], (String) r[1],
                        (String) r[2], (String) r[3], (Integer) r[4], (OffsetDateTime) r[5])).toList();
    }
}
