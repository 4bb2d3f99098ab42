package org.factcheck.claim;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Related claims measured on the labelled pairs in src/test/resources/related/pairs.tsv (English, French,
 * Arabic; real-news phrasing, spelling variants, different numbers). Figures go to docs/related-claims.md.
 */
@QuarkusTest
class RelatedClaimsTest {

    record Pair(boolean same, String language, String left, String right) {
    }

    @Inject
    Fixtures fixtures;

    @Test
    void findsTheSameClaimInOtherArticlesAndNotOnesWithOtherNumbers() throws IOException {
        List<Pair> pairs = pairs();
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        Set<String> lefts = new LinkedHashSet<>();
        Set<String> rights = new LinkedHashSet<>();
        pairs.forEach(p -> {
            lefts.add(p.left());
            rights.add(p.right());
        });
        Map<String, Long> leftClaims = claimsFor(editor, checker, "Claims A", lefts);
        Map<String, Long> rightClaims = claimsFor(editor, checker, "Claims B", rights);
        Map<Long, String> rightTexts = new HashMap<>();
        rightClaims.forEach((text, id) -> rightTexts.put(id, text));

        int returned = 0;
        int correct = 0;
        int positives = 0;
        int found = 0;
        int topOne = 0;
        List<String> mistakes = new ArrayList<>();
        for (String left : lefts) {
            Set<String> partners = new LinkedHashSet<>();
            pairs.stream().filter(p -> p.same() && p.left().equals(left)).forEach(p -> partners.add(p.right()));
            List<Map<String, Object>> related = as(checker).get("/api/claims/{id}/related", leftClaims.get(left))
                    .then().statusCode(200).extract().jsonPath().getList("$");
            List<String> fromB = related.stream().map(r -> rightTexts.get(((Number) r.get("id")).longValue()))
                    .filter(t -> t != null).toList();
            for (String hit : fromB) {
                returned++;
                if (partners.contains(hit)) {
                    correct++;
                } else {
                    mistakes.add("wrong match: " + left + " -> " + hit);
                }
            }
            positives += partners.size();
            found += (int) partners.stream().filter(fromB::contains).count();
            if (!partners.isEmpty() && !fromB.isEmpty() && partners.contains(fromB.get(0))) {
                topOne++;
            }
            partners.stream().filter(p -> !fromB.contains(p)).forEach(p -> mistakes.add("missed: " + left + " -> " + p));
        }
        double precision = returned == 0 ? 0 : (double) correct / returned;
        double recall = positives == 0 ? 0 : (double) found / positives;
        System.out.printf("RELATED-CLAIMS pairs=%d same=%d returned=%d correct=%d precision=%.3f recall=%.3f "
                + "top1=%d/%d%n", pairs.size(), positives, returned, correct, precision, recall, topOne, positives);
        mistakes.forEach(m -> System.out.println("RELATED-CLAIMS " + m));
        assertTrue(precision >= 0.9, "precision " + precision + ": " + mistakes);
        assertTrue(recall >= 0.8, "recall " + recall + ": " + mistakes);
    }

    @Test
    void copyingEvidenceFromARelatedClaimTakesOnlyNewSources() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        long earlier = claimsFor(editor, checker, "Earlier", Set.of("The bridge cost 2.3 billion dollars.")).values()
                .iterator().next();
        long later = claimsFor(editor, checker, "Later", Set.of("Building the bridge cost 2.3 billion dollars."))
                .values().iterator().next();
        for (String url : List.of("https://example.com/audit", "https://example.com/budget")) {
            as(checker).body(Map.of("source", Map.of("url", url, "title", url), "stance", "supports", "excerpt", "2.3"))
                    .post("/api/claims/{id}/evidence", earlier).then().statusCode(201);
        }
        as(checker).body(Map.of("source", Map.of("url", "https://example.com/audit", "title", "a"), "stance",
                "context")).post("/api/claims/{id}/evidence", later).then().statusCode(201);

        as(checker).get("/api/claims/{id}/related", later).then().statusCode(200).body("[0].id", is((int) earlier));
        as(checker).body(Map.of("fromClaimId", earlier)).post("/api/claims/{id}/evidence/copy", later).then()
                .statusCode(201).body("size()", is(1)).body("[0].source.url", is("https://example.com/budget"));
        as(checker).get("/api/claims/{id}", later).then().body("evidence.size()", is(2));
        as(checker).body(Map.of("fromClaimId", later)).post("/api/claims/{id}/evidence/copy", later).then()
                .statusCode(400);
        String viewer = fixtures.user("viewer");
        as(viewer).body(Map.of("fromClaimId", earlier)).post("/api/claims/{id}/evidence/copy", later).then()
                .statusCode(403);
    }

    /** One article whose every line is one claim; answers claim ids by text. */
    private static Map<String, Long> claimsFor(String editor, String checker, String title, Set<String> lines) {
        Map<String, Object> article = Fixtures.importText(editor, title, String.join("\n\n", lines));
        long articleId = Fixtures.id(article);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sentences = (List<Map<String, Object>>) article.get("sentences");
        assertEquals(lines.size(), sentences.size(), "one sentence per line");
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Map<String, Object> s : sentences) {
            long id = as(checker).body(Map.of("sentenceId", s.get("id"))).post("/api/articles/{id}/claims", articleId)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            ids.put((String) s.get("text"), id);
        }
        return ids;
    }

    static List<Pair> pairs() throws IOException {
        try (InputStream in = RelatedClaimsTest.class.getResourceAsStream("/related/pairs.tsv")) {
            List<Pair> pairs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                pairs.add(new Pair(f[0].equals("same"), f[1], f[2].strip(), f[3].strip()));
            }
            return pairs;
        }
    }
}
