package org.factcheck.intake;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.factcheck.config.FactcheckConfig;
import org.factcheck.user.CurrentUser;
import org.factcheck.web.Dates;

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

    @SuppressWarnings("unchecked")
    private static Map<Integer, OffsetDateTime> loadPublisherRevisions(long articleId) {
        Map<Integer, OffsetDateTime> seen = new HashMap<>();
        List<Object[]> rows = ArticleImport.getEntityManager().createNativeQuery("select number,"
                + " publisher_change_seen_at from article_revision where article_id = :a"
                + " and publisher_change_seen_at is not null").setParameter("a", articleId).getResultList();
        for (Object[] row : rows) {
            seen.put(((Number) row[0]).intValue(), Dates.fromSql(row[1]));
        }
        return seen;
    }

    /** For My work: the signed-in person's articles changed by their publisher in the last 30 days. */
    @SuppressWarnings("unchecked")
    public List<PublisherChange> changedForMe() {
        var me = currentUser.get();
        if (me == null) {
            return List.of();
        }
        List<Object[]> rows = ArticleImport.getEntityManager().createNativeQuery("select a.id, a.title, a.language,"
                + " a.direction, r.number, r.publisher_change_seen_at from article a join article_revision r"
                + " on r.article_id = a.id where a.assignee_id = :me and r.publisher_change_seen_at is not null"
                + " and r.publisher_change_seen_at > now() - interval '30 days'"
                + " order by r.publisher_change_seen_at desc limit 50").setParameter("me", me.id).getResultList();
        return rows.stream().map(r -> new PublisherChange(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), Dates.fromSql(r[5]))).toList();
    }
}
