package org.factcheck.source;

import jakarta.enterprise.inject.spi.CDI;

import org.factcheck.testsupport.Fixtures;

/** A viewer for polling from static helpers. */
final class FixturesAccess {

    private static String viewer;

    private FixturesAccess() {
    }

    static synchronized String anyViewer() {
        if (viewer == null) {
            viewer = CDI.current().select(Fixtures.class).get().user("viewer");
        }
        return viewer;
    }
}
