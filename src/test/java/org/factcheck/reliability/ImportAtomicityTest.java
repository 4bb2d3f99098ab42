package org.factcheck.reliability;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.article.Article;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** An import that fails half-way (here: the database refuses the sentences) leaves no half article behind. */
@QuarkusTest
class ImportAtomicityTest {

    @Inject
    Fixtures fixtures;

    @Test
    void anInterruptedImportLeavesNothing() {
        String editor = fixtures.user("editor");
        String title = "interrupt-me-" + System.nanoTime();
        sql("create function fail_import() returns trigger language plpgsql as $$ begin"
                + " if (select title from article where id = new.article_id) like 'interrupt-me-%' then"
                + " raise exception 'simulated failure while writing sentences'; end if; return new; end $$");
        sql("create trigger fail_import before insert on sentence for each row execute function fail_import()");
        try {
            as(editor).body(Map.of("title", title, "text", "One. Two. Three.")).post("/api/articles").then()
                    .statusCode(500);
        } finally {
            sql("drop trigger fail_import on sentence");
            sql("drop function fail_import()");
        }
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Article.count("title", title)));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> (Long) Article.getEntityManager()
                .createNativeQuery("select count(*) from paragraph p left join article a on a.id = p.article_id"
                        + " where a.id is null", Long.class).getSingleResult()));
    }

    private static void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> Article.getEntityManager().createNativeQuery(statement)
                .executeUpdate());
    }
}
