package org.factcheck.article;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.factcheck.user.AppUser;
import org.hibernate.annotations.DynamicUpdate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An imported article. {@link #text} is the normalized text; every offset elsewhere points into it.
 * Updates write only the changed columns: the search vector (V9__search.sql) is recomputed only when the title,
 * text or language is among them, not on every status change.
 */
@Entity
@DynamicUpdate
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;
    public String language;
    public String direction;

    @Convert(converter = ArticleStatus.Converter.class)
    public ArticleStatus status = ArticleStatus.DRAFT;

    public String url;
    public String outlet;
    /** Where the fact-check was published (the outlet's story): ClaimReview's url. Null until an editor says. */
    @Column(name = "factcheck_url")
    public String factcheckUrl;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** Loaded on first use: pages and writes that only need the article's state skip its megabyte of text. */
    @Basic(fetch = FetchType.LAZY)
    public String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public AppUser createdBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    public AppUser assignee;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    public int version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "paragraph", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "idx")
    public List<ParagraphSpan> paragraphs = new ArrayList<>();

    public boolean isLocked() {
        return status == ArticleStatus.PUBLISHED;
    }
}
