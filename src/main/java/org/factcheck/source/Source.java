package org.factcheck.source;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cited web page, shared across articles: the same (normalized) URL is one source (API.md). */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;
    public String title;
    public String publisher;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    /** What editors know about this source's reliability. */
    @Column(name = "reliability_note")
    public String reliabilityNote;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    public int version;

    public static Optional<Source> findByUrl(String normalizedUrl) {
        return find("url", normalizedUrl).firstResultOptional();
    }
}
