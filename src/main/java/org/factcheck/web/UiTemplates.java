package org.factcheck.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;

/**
 * Every template instance made during a request renders in the interface language ({@link UiLocale}): the
 * {@code locale} attribute picks the {@code msg:} bundle and the date and number formats. Set when the instance
 * is made, so pages returned in a Response (errors, forms with problems) get it too.
 */
@ApplicationScoped
public class UiTemplates {

    void configure(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(UiTemplates::initialize);
    }

    private static void initialize(TemplateInstance instance) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            instance.setLocale(Arc.container().instance(UiLocale.class).get().locale());
        }
    }
}
