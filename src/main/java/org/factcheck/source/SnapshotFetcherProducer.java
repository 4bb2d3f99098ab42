package org.factcheck.source;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.factcheck.config.FactcheckConfig;

/** One guarded fetcher for the whole application (evidence snapshots, imports, watched stories), from configuration. */
public class SnapshotFetcherProducer {

    @Produces
    @Singleton
    SnapshotFetcher snapshotFetcher(FactcheckConfig config) {
        FactcheckConfig.Snapshots s = config.snapshots();
        return new SnapshotFetcher(s.timeout(), s.maxBytes(), s.allowPrivateAddresses());
    }
}
