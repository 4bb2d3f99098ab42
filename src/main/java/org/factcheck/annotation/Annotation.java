package org.factcheck.annotation;

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
import jakarta.persistence.Version;

import org.factcheck.text.IndexedText;
import org.factcheck.user.AppUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A note on a span of an article; quote, prefix and suffix make a W3C TextQuoteSelector. */
@Entity
@Table(name = "annotation")
public class Annotation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id")
    public long articleId;

    @Column(name = "start_cp")
    public int start;

    @Column(name = "end_cp")
    public int end;

    public String quote;
    public String prefix;
    public String suffix;
    public String body;
    public String motivation = "commenting";

    /** The quote was not found after a text revision; start, end, quote and context are those of the old text. */
    public boolean orphaned;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public AppUser createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    public int version;

    /** The note on [start, end) of the text, with the quote and context it keeps to be found again; placed. */
    public void placeAt(IndexedText text, int start, int end) {
        this.start = start;
        this.end = end;
        quote = text.substring(start, end);
        prefix = text.prefix(start);
        suffix = text.suffix(end);
        orphaned = false;
    }

    public static List<Annotation> forArticle(long articleId) {
        return list("select a from Annotation a join fetch a.createdBy where a.articleId = ?1 order by a.start, a.id",
                articleId);
    }
}
