package org.factcheck.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factcheck.web.Dates;
import org.factcheck.web.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/articles/{id}} of a big article is hundreds of kilobytes of JSON built from thousands of rows,
 * yet it only changes when the article or its claims do. The serialized answer is kept per article with a
 * fingerprint (article version, number of claims, last claim change) that one small query checks on every
 * request; anything else is rebuilt. Per instance, bounded, nothing to invalidate by hand.
 */
@ApplicationScoped
public class ArticleJsonCache {

    static final int ENTRIES = 32;

    record Fingerprint(int version, long claims, Instant lastClaimChange) {
    }

    private final FingerprintedCache<Long, byte[]> entries = new FingerprintedCache<>(ENTRIES);

    @Inject
    ArticleService articles;
    @Inject
    ObjectMapper mapper;

    @Transactional
    public byte[] json(long id) {
        return entries.get(id, fingerprint(id), () -> serialize(id));
    }

    private byte[] serialize(long id) {
        try {
            return mapper.writeValueAsBytes(articles.view(id));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Fingerprint fingerprint(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Article.getEntityManager().createNativeQuery("select a.version, count(c.id),"
                + " max(c.updated_at) from article a left join claim c on c.article_id = a.id where a.id = :id"
                + " group by a.version").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw Problem.notFound("article", id);
        }
        Object[] row = rows.get(0);
        OffsetDateTime lastClaimChange = Dates.fromSql(row[2]); // none without claims
        return new Fingerprint(((Number) row[0]).intValue(), ((Number) row[1]).longValue(),
                lastClaimChange == null ? null : lastClaimChange.toInstant());
    }
}
