package org.factcheck.suggestion;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.factcheck.user.AppUser;
import org.factcheck.web.Problem;
import org.factcheck.web.Dates;
import org.hibernate.Session;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Learning from the desk (docs/suggestions.md): an admin trains a model on the desk's decisions (with or without the
 * CheckThat! data), sees its F1 on held-back desk examples next to the current model's, and chooses which to use.
 */
@ApplicationScoped
@Transactional
public class SuggestionModelService {

    @Inject
    DeskTraining desk;
    @Inject
    SuggestionModels models;
    @Inject
    EntityManager em;

    /** The new model (not in use yet) and both models' F1 on the same held-back desk examples. */
    public record Candidate(long id, String description, int trainExamples, int heldBackExamples,
            @Schema(nullable = true) Double newF1, @Schema(nullable = true) Double currentF1) {
    }

    public record ModelInfo(long id, String description, @Schema(nullable = true) Double deskF1, boolean active,
            OffsetDateTime createdAt, @Schema(nullable = true) String createdBy) {
    }

    public record Overview(int deskExamples, boolean shippedActive, List<ModelInfo> models) {
    }

    public Candidate retrain(boolean withCheckThat, AppUser admin) {
        List<Example> examples = desk.examples();
        DeskTraining.Split split = DeskTraining.split(examples);
        List<Example> checkThat = withCheckThat ? desk.checkThat() : List.of();
        byte[] data = ModelFile.write(DeskTraining.train(split.train(), checkThat));
        Double newF1 = f1(Suggester.of(data), split.heldBack());
        Double currentF1 = f1(models.current(), split.heldBack());
        String description = split.train().size() + " desk examples" + (withCheckThat ? " + CheckThat! 2024" : "");
        Number id = (Number) em.createNativeQuery("insert into suggestion_model (data, description, desk_f1,"
                + " created_by) values (?1, ?2, ?3, ?4) returning id").setParameter(1, data)
                .setParameter(2, description).setParameter(3, newF1 == null ? null : newF1.floatValue())
                .setParameter(4, admin.id).getSingleResult();
        return new Candidate(id.longValue(), description, split.train().size(), split.heldBack().size(), newF1,
                currentF1);
    }

    /** {@code id} null: back to the shipped model. Open suggestions are scored again with the chosen one. */
    public void activate(Long id) {
        if (id != null && ((Number) em.createNativeQuery("select count(*) from suggestion_model where id = ?1")
                .setParameter(1, id).getSingleResult()).longValue() == 0) {
            throw Problem.notFound("suggestion model", id);
        }
        em.createNativeQuery("update suggestion_model set active = false where active").executeUpdate();
        if (id != null) {
            em.createNativeQuery("update suggestion_model set active = true where id = ?1").setParameter(1, id)
                    .executeUpdate();
        }
        rescoreOpen(models.current());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview() {
        List<ModelInfo> infos = new ArrayList<>();
        boolean anyActive = false;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.description, m.desk_f1, m.active, m.created_at,"
                + " u.username from suggestion_model m left join app_user u on u.id = m.created_by"
                + " order by m.id desc").getResultList();
        for (Object[] r : rows) {
            boolean active = (Boolean) r[3];
            anyActive |= active;
            infos.add(new ModelInfo(((Number) r[0]).longValue(), (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).doubleValue(), active, Dates.fromSql(r[4]), (String) r[5]));
        }
        return new Overview(desk.examples().size(), !anyActive, infos);
    }

    private static Double f1(Suggester suggester, List<Example> heldBack) {
        return heldBack.isEmpty() ? null : Measure.of(suggester, heldBack).f1();
    }

    /** Every open suggestion scored again: one read, one batch of updates. */
    private void rescoreOpen(Suggester suggester) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            List<Object[]> updates = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select id, sentence_text, language from"
                    + " sentence_suggestion where status = 'open' and sentence_id is not null");
                    ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Suggester.Scored s = suggester.score(r.getString(2), r.getString(3));
                    updates.add(new Object[] {r.getLong(1), s.score(), s.reasonNames()});
                }
            }
            try (PreparedStatement u = c.prepareStatement("update sentence_suggestion set score = ?, reasons = ?,"
                    + " version = version + 1 where id = ?")) {
                for (Object[] row : updates) {
                    u.setFloat(1, (Float) row[1]);
                    u.setString(2, (String) row[2]);
                    u.setLong(3, (Long) row[0]);
                    u.addBatch();
                }
                u.executeBatch();
            }
        });
    }
}
