package org.factcheck.source;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.factcheck.config.FactcheckConfig;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps a copy of every cited page. The first citation of a URL asks for a snapshot; the fetch runs in the
 * background once the citing transaction has committed, never inside the request that saved the evidence.
 * A re-check fetches again and marks the page same, changed or gone compared with the first copy.
 */
@ApplicationScoped
public class SnapshotService {

    private static final Logger LOG = Logger.getLogger(SnapshotService.class);

    public record Requested(long snapshotId) {
    }

    @Inject
    FactcheckConfig config;
    @Inject
    ManagedExecutor executor;
    @Inject
    Event<Requested> requests;

    @Inject
    SnapshotFetcher fetcher;

    /** Within the caller's transaction: a pending snapshot, fetched after commit. */
    public SourceSnapshot request(Source source) {
        SourceSnapshot snapshot = new SourceSnapshot();
        snapshot.sourceId = source.id;
        snapshot.persist();
        if (config.snapshots().enabled()) {
            requests.fire(new Requested(snapshot.id));
        }
        return snapshot;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Requested requested) {
        executor.runAsync(() -> run(requested.snapshotId()));
    }

    void run(long snapshotId) {
        try {
            String url = QuarkusTransaction.requiringNew().call(() -> {
                SourceSnapshot snapshot = SourceSnapshot.findById(snapshotId);
                return snapshot == null ? null : Source.<Source>findById(snapshot.sourceId).url;
            });
            if (url == null) {
                return;
            }
            SnapshotFetcher.Result result = fetcher.fetch(url);
            QuarkusTransaction.requiringNew().run(() -> store(snapshotId, result));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Snapshot %d could not be completed", snapshotId);
            QuarkusTransaction.requiringNew().run(() -> store(snapshotId,
                    SnapshotFetcher.Result.failed(null, null, "Internal error while fetching.")));
        }
    }

    private static void store(long snapshotId, SnapshotFetcher.Result result) {
        SourceSnapshot snapshot = SourceSnapshot.findById(snapshotId);
        if (snapshot == null) {
            return;
        }
        snapshot.status = result.status();
        snapshot.fetchedAt = OffsetDateTime.now();
        snapshot.httpStatus = result.httpStatus();
        snapshot.finalUrl = result.finalUrl() == null ? null
                : result.finalUrl().substring(0, Math.min(2000, result.finalUrl().length()));
        snapshot.title = result.title();
        snapshot.text = result.text();
        snapshot.contentHash = result.contentHash();
        snapshot.error = result.error();
        SourceSnapshot first = SourceSnapshot.first(snapshot.sourceId).orElse(snapshot);
        if (first.id != snapshot.id && SourceSnapshot.FETCHED.equals(first.status)) {
            if (!SourceSnapshot.FETCHED.equals(snapshot.status)) {
                snapshot.change = SourceSnapshot.BLOCKED.equals(snapshot.status) ? null : "gone";
            } else {
                snapshot.change = first.contentHash.equals(snapshot.contentHash) ? "same" : "changed";
            }
        }
    }
}
