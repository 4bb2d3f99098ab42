package org.factcheck.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.claim.ClaimHistoryEntry;
import org.factcheck.user.AppUser;
import org.factcheck.web.Dates;

/**
 * The append-only history of articles and claims. Every entry holds the hash of its content and of the entry
 * before it, so an edit or deletion made behind the application's back breaks the chain ({@link #verify}).
 * Appends are serialized with a transaction-scoped advisory lock, so concurrent writers never fork the chain.
 */
@ApplicationScoped
public class History {

    /** Arbitrary, fixed: the advisory lock that orders history appends. */
    private static final long CHAIN_LOCK = 0x66616374L;

    public record Verification(boolean intact, long entries, @Schema(nullable = true) Long firstBrokenId,
            long unhashedLegacyEntries) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimHistoryEntry record(long articleId, Long claimId, AppUser user, String action, String field,
            String from, String to) {
        return chain().record(articleId, claimId, user, action, field, from, to);
    }

    /**
     * Many entries in one transaction (imports, text revisions): the lock is taken and the last hash read once, then
     * each entry is one insert linked to the one before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Chain chain() {
        var em = ClaimHistoryEntry.getEntityManager();
        // COMMIT flush mode: these queries must not flush the caller's half-done changes (one version bump each)
        em.createNativeQuery("select pg_advisory_xact_lock(" + CHAIN_LOCK + ")")
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> last = em.createNativeQuery("select hash from claim_history where hash is not null"
                + " order by id desc limit 1").setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
        return new Chain(last.isEmpty() ? null : last.get(0));
    }

    /** Appends to the chain; valid only inside the transaction that created it (it holds the chain lock). */
    public static final class Chain {
        private String last;

        private Chain(String last) {
            this.last = last;
        }

        public ClaimHistoryEntry record(long articleId, Long claimId, AppUser user, String action, String field,
                String from, String to) {
            ClaimHistoryEntry entry = entry(articleId, claimId, user, action, field, from, to, last);
            last = entry.hash;
            return entry;
        }
    }

    private static ClaimHistoryEntry entry(long articleId, Long claimId, AppUser user, String action, String field,
            String from, String to, String prevHash) {
        ClaimHistoryEntry entry = new ClaimHistoryEntry();
        entry.articleId = articleId;
        entry.claimId = claimId;
        entry.user = user;
        entry.action = action;
        entry.field = field;
        entry.from = from;
        entry.to = to;
        // PostgreSQL keeps microseconds: hash exactly what will be read back
        entry.at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        entry.prevHash = prevHash;
        entry.hash = hashOf(entry, user.id);
        entry.persist();
        return entry;
    }

    /** Walks the whole chain in order; the first entry whose hash or link does not match breaks it. */
    @Transactional
    public Verification verify() {
        var em = ClaimHistoryEntry.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, article_id, claim_id, user_id, action, field,"
                + " from_value, to_value, at, prev_hash, hash from claim_history order by id").getResultList();
        String previous = null;
        long legacy = 0;
        boolean started = false;
        for (Object[] r : rows) {
            String hash = (String) r[10];
            if (!started && hash == null) {
                legacy++; // written before the chain existed (migration V7)
                continue;
            }
            started = true;
            ClaimHistoryEntry e = new ClaimHistoryEntry();
            e.articleId = ((Number) r[1]).longValue();
            e.claimId = r[2] == null ? null : ((Number) r[2]).longValue();
            e.action = (String) r[4];
            e.field = (String) r[5];
            e.from = (String) r[6];
            e.to = (String) r[7];
            e.at = Dates.fromSql(r[8]);
            e.prevHash = (String) r[9];
            long id = ((Number) r[0]).longValue();
            boolean linkOk = previous == null ? true : previous.equals(e.prevHash);
            if (!linkOk || hash == null || !hash.equals(hashOf(e, ((Number) r[3]).longValue()))) {
                return new Verification(false, rows.size(), id, legacy);
            }
            previous = hash;
        }
        return new Verification(true, rows.size(), null, legacy);
    }

    static String hashOf(ClaimHistoryEntry e, long userId) {
        String content = String.join("\u001F", String.valueOf(e.prevHash), String.valueOf(e.articleId),
                String.valueOf(e.claimId), String.valueOf(userId), e.action, String.valueOf(e.field),
                String.valueOf(e.from), String.valueOf(e.to), e.at.toInstant().truncatedTo(ChronoUnit.MICROS).toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
