package org.factcheck.article;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.factcheck.user.AppUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of an article's text, kept for ever: revision 1 is the imported text (docs/text-revisions.md). */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id")
    public long articleId;

    public int number;

    public String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public AppUser createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    /** When a watched story's publisher was seen changing it, if this revision is that change (docs/import.md). */
    @Column(name = "publisher_change_seen_at")
    public OffsetDateTime publisherChangeSeenAt;

    /** Number, author and length of every revision, without loading the texts: one query. */
    public static List<RevisionView> summaries(long articleId) {
        return getEntityManager().createQuery("select new org.factcheck.article.RevisionView(r.number,"
                + " u.username, r.createdAt, length(r.text)) from ArticleRevision r join r.createdBy u"
                + " where r.articleId = ?1 order by r.number", RevisionView.class).setParameter(1, articleId)
                .getResultList();
    }

    public static java.util.Optional<ArticleRevision> find(long articleId, int number) {
        return find("articleId = ?1 and number = ?2", articleId, number).firstResultOptional();
    }

    static void add(long articleId, int number, String text, AppUser user) {
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = articleId;
        revision.number = number;
        revision.text = text;
        revision.createdBy = user;
        revision.persist();
    }
}
