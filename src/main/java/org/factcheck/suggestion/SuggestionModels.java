package org.factcheck.suggestion;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

/**
 * The model that scores sentences: the one an admin chose (table suggestion_model, shared by every instance) or
 * else the one shipped in the application. Each scoring asks which one is active (one small query per import or
 * revision, none on the review page) and reads its bytes only when that changed, so every instance follows a choice.
 */
@ApplicationScoped
public class SuggestionModels {

    @Inject
    EntityManager em;

    private record Loaded(long id, Suggester suggester) {
    }

    private volatile Loaded current;
    private volatile Suggester shipped;

    public Suggester current() {
        @SuppressWarnings("unchecked")
        List<Number> active = em.createNativeQuery("select id from suggestion_model where active").getResultList();
        long id = active.isEmpty() ? 0 : active.get(0).longValue();
        Loaded loaded = current;
        if (loaded == null || loaded.id() != id) {
            loaded = new Loaded(id, id == 0 ? shipped() : Suggester.of((byte[]) em.createNativeQuery(
                    "select data from suggestion_model where id = ?1").setParameter(1, id).getSingleResult()));
            current = loaded;
        }
        return loaded.suggester();
    }

    Suggester shipped() {
        Suggester s = shipped;
        if (s == null) {
            s = Suggester.shipped();
            shipped = s;
        }
        return s;
    }

}
