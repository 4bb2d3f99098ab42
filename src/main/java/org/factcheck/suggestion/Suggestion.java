package org.factcheck.suggestion;

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

import org.factcheck.user.AppUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A sentence's check-worthiness score and reasons, and the desk's decision on it (open, accepted, dismissed).
 * Decided rows are kept when their sentence goes away: they are the desk's labelled examples.
 */
@Entity
@Table(name = "sentence_suggestion")
public class Suggestion extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String DISMISSED = "dismissed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id")
    public long articleId;

    @Column(name = "sentence_id")
    public Long sentenceId;

    @Column(name = "sentence_text")
    public String sentenceText;

    public String language;

    public float score;

    /** Reason names, comma-separated, strongest first. */
    public String reasons;

    public String status = OPEN;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    public AppUser decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "claim_id")
    public Long claimId;

    @Version
    public int version;

    public int percent() {
        return Math.round(score * 100);
    }

    public List<Reason> reasonList() {
        return reasons == null || reasons.isEmpty() ? List.of()
                : java.util.Arrays.stream(reasons.split(",")).map(Reason::valueOf).toList();
    }

    /**
     * The open suggestions of an article at or above {@code threshold}, best first, in one query. A sentence that
     * already holds a claim (made by hand) is not suggested. Orphaned claims have no sentence: with their null in a
     * {@code not in} list no row would pass, so they are left out of it.
     */
    public static List<Suggestion> open(long articleId, double threshold) {
        return list("articleId = ?1 and sentenceId is not null and status = ?2 and score >= ?3 and sentenceId not in"
                + " (select c.sentenceId from Claim c where c.articleId = ?1 and c.sentenceId is not null)"
                + " order by score desc, id", articleId, OPEN, (float) threshold);
    }
}
