package org.factcheck.claim;

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

/** One append-only line of history (review/History): who did what, when, from which value to which. */
@Entity
@Table(name = "claim_history")
public class ClaimHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id")
    public long articleId;

    /** Null for changes to the article itself (status, corrections). */
    @Column(name = "claim_id")
    public Long claimId;

    public OffsetDateTime at = OffsetDateTime.now();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public AppUser user;

    public String action;
    public String field;

    @Column(name = "from_value")
    public String from;

    @Column(name = "to_value")
    public String to;

    /** Hash of the entry before this one: the chain that {@code GET /api/audit/verify} checks. */
    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;

    public static List<ClaimHistoryEntry> forArticle(long articleId) {
        return list("select h from ClaimHistoryEntry h join fetch h.user where h.articleId = ?1 order by h.id",
                articleId);
    }

    public static List<ClaimHistoryEntry> forClaim(long claimId) {
        return list("select h from ClaimHistoryEntry h join fetch h.user where h.claimId = ?1 order by h.id", claimId);
    }
}
