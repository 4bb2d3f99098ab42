package org.factcheck.article;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.factcheck.web.Problem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A sentence of an article, never crossing a paragraph; start and end are code points, end exclusive. */
@Entity
@Table(name = "sentence")
public class Sentence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id")
    public long articleId;

    @Column(name = "idx")
    public int index;

    @Column(name = "paragraph_index")
    public int paragraphIndex;

    @Column(name = "start_cp")
    public int start;

    @Column(name = "end_cp")
    public int end;

    public String text;

    public static List<Sentence> forArticle(long articleId) {
        return list("articleId = ?1 order by index", articleId);
    }

    /** The sentence at {@code index} (0 is the first; pages show index + 1). */
    public static Optional<Sentence> at(long articleId, int index) {
        return find("articleId = ?1 and index = ?2", articleId, index).firstResultOptional();
    }

    /** The sentence a page shows as {@code number} (1 is the first); 400 on the form's {@code field} if none. */
    public static Sentence numbered(long articleId, Integer number, String field) {
        if (number == null || number < 1) {
            throw Problem.invalid(field, "Give the number of the sentence (1 is the first).");
        }
        // no such sentence: a missing article is 404 like everywhere else, not a wrong number
        return at(articleId, number - 1).orElseThrow(() -> Article.count("id", articleId) == 0
                ? Problem.notFound("article", articleId)
                : Problem.invalid(field, "There is no sentence " + number + " in this article."));
    }
}
