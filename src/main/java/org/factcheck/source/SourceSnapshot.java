package org.factcheck.source;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A copy of a cited page as readable text. The first one of a source is "as cited"; later ones are re-checks,
 * marked {@code same}, {@code changed} or {@code gone} against it.
 */
@Entity
@Table(name = "source_snapshot")
public class SourceSnapshot extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String FETCHED = "fetched";
    public static final String FAILED = "failed";
    public static final String BLOCKED = "blocked";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_id", updatable = false)
    public long sourceId;

    public String status = PENDING;

    // written once: storing a fetch result must not put back a request time read before the fetch began
    @Column(name = "requested_at", updatable = false)
    public OffsetDateTime requestedAt = OffsetDateTime.now();

    @Column(name = "fetched_at")
    public OffsetDateTime fetchedAt;

    @Column(name = "http_status")
    public Integer httpStatus;

    @Column(name = "final_url")
    public String finalUrl;

    public String title;
    public String text;

    @Column(name = "content_hash")
    public String contentHash;

    public String error;

    /** For re-checks: same, changed or gone compared with the first snapshot. */
    public String change;

    public static List<SourceSnapshot> forSource(long sourceId) {
        return list("sourceId = ?1 order by id", sourceId);
    }

    /** The first snapshot of each of these sources and the latest, in one query. */
    public static List<SourceSnapshot> forSources(List<Long> sourceIds) {
        return sourceIds.isEmpty() ? List.of() : list("sourceId in ?1 order by id", sourceIds);
    }

    public static Optional<SourceSnapshot> first(long sourceId) {
        return find("sourceId = ?1 order by id", sourceId).firstResultOptional();
    }
}
