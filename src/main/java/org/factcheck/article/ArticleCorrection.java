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

/** Why a published article was reopened; shown in its reports. */
@Entity
@Table(name = "article_correction")
public class ArticleCorrection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id")
    public long articleId;

    public String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public AppUser createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    static void add(Article article, String note, AppUser user) {
        ArticleCorrection correction = new ArticleCorrection();
        correction.articleId = article.id;
        correction.note = note;
        correction.createdBy = user;
        correction.persist();
    }

    public static List<ArticleCorrection> forArticle(long articleId) {
        return list("select c from ArticleCorrection c join fetch c.createdBy where c.articleId = ?1 order by c.id",
                articleId);
    }
}
