package org.factcheck.discussion;

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

/** A message in the discussion of a claim, or a reply to a note. */
@Entity
@Table(name = "comment")
public class Comment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public Long claimId;

    @Column(name = "annotation_id")
    public Long annotationId;

    public String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public AppUser createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    public static List<Comment> forClaim(long claimId) {
        return list("select c from Comment c join fetch c.createdBy where c.claimId = ?1 order by c.id", claimId);
    }

    /** Replies to all of an article's notes in one query. */
    public static List<Comment> forAnnotations(List<Long> annotationIds) {
        return annotationIds.isEmpty() ? List.of() : list("select c from Comment c join fetch c.createdBy"
                + " where c.annotationId in ?1 order by c.id", annotationIds);
    }
}
