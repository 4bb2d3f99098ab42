package org.factcheck.suggestion;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

/**
 * The model that scores sentences: the one an admin chose (table suggestion_model, shared by every instance) or
 * else the one shipped in the application. Read once per instance and again when an admin chooses.
 */
@ApplicationScoped
public class SuggestionModels {

    @Inject
    EntityManager em;

    private volatile Suggester current;
    private volatile Suggester shipped;

    public Suggester current() {
        Suggester s = current;
        if (s == null) {
            s = load();
            current = s;
        }
        return s;
    }

    Suggester shipped() {
        Suggester s = shipped;
        if (s == null) {
            s = Suggester.shipped();
            shipped = s;
        }
        return s;
    }

    /** Forget the loaded model: the next scoring reads the active one again. */
    void reload() {
        current = null;
    }

    private Suggester load() {
        @SuppressWarnings("unchecked")
        List<byte[]> active = em.createNativeQuery("select data from suggestion_model where active").getResultList();
        return active.isEmpty() ? shipped() : Suggester.of(active.get(0));
    }
}
