package org.factcheck.report;

import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * The first PDF in a JVM pays for loading fonts, ICU data and the layout engine (about 5 s for a big report,
 * docs/performance.md). Render a small Arabic page in the background at start, so the first editor does not.
 */
@ApplicationScoped
public class PdfWarmup {

    private static final Logger LOG = Logger.getLogger(PdfWarmup.class);

    @Inject
    ManagedExecutor executor;

    /** Long enough for the application to finish starting first: on two cores the warm-up would slow it down. */
    static final int DELAY_SECONDS = 5;

    void warm(@Observes StartupEvent event) {
        CompletableFuture.runAsync(() -> {
            try {
                PdfWriter.write("<html dir=\"rtl\"><head><style>" + PdfWriter.CSS + "</style></head><body>"
                        + "<h1>تقرير التحقق</h1><p dir=\"rtl\">أعلنت أرمينيا مقتل 49 من جنودها (06:00 GMT).</p>"
                        + "<p>Verification report 2022-09-13</p></body></html>", "http://localhost/", "ar",
                        OutputStream.nullOutputStream());
            } catch (RuntimeException e) {
                LOG.debug("PDF warm-up failed", e);
            }
        }, CompletableFuture.delayedExecutor(DELAY_SECONDS, TimeUnit.SECONDS, executor));
    }
}
