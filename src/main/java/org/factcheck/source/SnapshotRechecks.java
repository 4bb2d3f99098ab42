package org.factcheck.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factcheck.config.FactcheckConfig;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Cited pages change or vanish after they were cited: every source whose last copy is older than
 * {@code factcheck.snapshots.recheck-after} is fetched again, a bounded batch per run, so the claim and source
 * pages can flag "changed since" or "gone" without anybody asking. On several instances each may run it; a
 * duplicate re-check is harmless.
 */
@ApplicationScoped
public class SnapshotRechecks {

    private static final Logger LOG = Logger.getLogger(SnapshotRechecks.class);
    static final int BATCH = 100;

    @Inject
    SnapshotService snapshots;
    @Inject
    FactcheckConfig config;

    @Scheduled(every = "${factcheck.snapshots.recheck-every:6h}", delayed = "10m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (!config.snapshots().enabled()) {
            return; // nothing would be fetched: no point queueing requests
        }
        int requested = recheckStale();
        if (requested > 0) {
            LOG.infof("Re-checking %d cited page(s) last copied more than %s ago", requested,
                    config.snapshots().recheckAfter());
        }
    }

    /** Requests a new copy of the sources copied longest ago; answers how many. */
    @Transactional
    public int recheckStale() {
        @SuppressWarnings("unchecked")
        List<Number> ids = Source.getEntityManager().createNativeQuery("select s.id from source s"
                + " join lateral (select max(requested_at) as last from source_snapshot where source_id = s.id) x"
                + " on true where x.last is null or x.last < now() - make_interval(secs => :age)"
                + " order by x.last nulls first limit :batch").setParameter("age", config.snapshots().recheckAfter().toSeconds())
                .setParameter("batch", BATCH).getResultList();
        for (Number id : ids) {
            snapshots.request(Source.getEntityManager().getReference(Source.class, id.longValue())); // only its id
        }
        return ids.size();
    }
}
