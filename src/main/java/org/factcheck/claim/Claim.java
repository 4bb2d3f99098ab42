package org.factcheck.claim;

import org.factcheck.text.MatchText;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.factcheck.user.AppUser;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A checkable statement: a whole sentence or a span inside one, with its verdict and evidence. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id")
    public long articleId;

    /** Null while the claim is orphaned: its quote is no longer in the text (a text revision removed it). */
    @Column(name = "sentence_id")
    public Long sentenceId;

    /** The quote was not found after a text revision; start, end and quote are those of the old text. */
    public boolean orphaned;

    /** An orphan a checker chose to keep without a place in the text: no longer listed as needing attention. */
    @Column(name = "orphan_dismissed")
    public boolean orphanDismissed;

    @Column(name = "start_cp")
    public int start;

    @Column(name = "end_cp")
    public int end;

    public String quote;
    public String text;
    public String claimant;
    /** This claim's own published fact-check, when it differs from the article's ({@code Article.factcheckUrl}). */
    @Column(name = "factcheck_url")
    public String factcheckUrl;

    @Convert(converter = Verdict.Converter.class)
    public Verdict verdict = Verdict.UNREVIEWED;

    @Convert(converter = ClaimStatus.Converter.class)
    public ClaimStatus status = ClaimStatus.OPEN;

    public String rationale;

    /** Quote and restated text folded for matching (text/MatchText); finds the same claim in other articles. */
    @Column(name = "match_text")
    public String matchText = "";

    public void refreshMatchText() {
        matchText = MatchText.fold(quote + (text == null ? "" : " " + text));
    }

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_by")
    public AppUser proposedBy;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_by")
    public AppUser approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    /** The first approval: ClaimReview's datePublished, kept when a corrected verdict is approved again. */
    @Column(name = "first_approved_at")
    public OffsetDateTime firstApprovedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    public AppUser assignee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public AppUser createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    public int version;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<Evidence> evidence = new ArrayList<>();

    /** Every claim of an article with its people and evidence: a fixed number of queries, not one per claim. */
    public static List<Claim> forArticle(long articleId) {
        List<Claim> claims = list("select distinct c from Claim c left join fetch c.proposedBy"
                + " left join fetch c.approvedBy left join fetch c.assignee left join fetch c.createdBy"
                + " where c.articleId = ?1 order by c.start, c.id", articleId);
        if (!claims.isEmpty()) {
            // second query fills the evidence collections of all claims at once
            getEntityManager().createQuery("select distinct c from Claim c left join fetch c.evidence e"
                    + " left join fetch e.source left join fetch e.createdBy where c in :claims", Claim.class)
                    .setParameter("claims", claims).getResultList();
        }
        return claims;
    }
}
