package org.factcheck.bench;

import static org.factcheck.testsupport.Fixtures.as;

import java.util.List;
import java.util.Map;

import org.factcheck.testsupport.Fixtures;

/** Generates the big article of the benchmarks: 2,000 Arabic sentences in 200 paragraphs, claims and notes. */
final class BenchData {

    private BenchData() {
    }

    static String bigArabicText() {
        String[] lines = Fixtures.seedText().replaceAll("\\n\\s*\\n", "\n").strip().split("\n");
        StringBuilder text = new StringBuilder();
        int sentences = 0;
        for (int p = 0; sentences < 2000; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < 10 && sentences < 2000; s++, sentences++) {
                String line = lines[(p * 10 + s) % lines.length].replaceAll("[.؟!]+$", "");
                paragraph.append(line.replace(".", "")).append(" رقم ").append(sentences).append(". ");
            }
            text.append(paragraph.toString().strip()).append("\n\n");
        }
        return text.toString();
    }

    /** The article's id; claims on every fourth sentence (with evidence), notes spread over the text. */
    @SuppressWarnings("unchecked")
    static long bigArticle(String editor, int claims, int notes) {
        Map<String, Object> article = as(editor).body(Map.of("title", "مقال كبير", "text", bigArabicText(),
                "language", "ar")).post("/api/articles").then().statusCode(201).extract().jsonPath().getMap("$");
        long id = Fixtures.id(article);
        List<Map<String, Object>> sentences = (List<Map<String, Object>>) article.get("sentences");
        for (int i = 0; i < claims; i++) {
            long claimId = as(editor).body(Map.of("sentenceId", sentences.get(i * 4 % sentences.size()).get("id"),
                    "text", "Claim " + i)).post("/api/articles/{id}/claims", id).then().statusCode(201).extract()
                    .jsonPath().getLong("id");
            as(editor).body(Map.of("source", Map.of("url", "https://example.org/s" + (i % 50), "title", "Source " + i),
                    "stance", "supports", "excerpt", "excerpt " + i)).post("/api/claims/{id}/evidence", claimId);
        }
        for (int i = 0; i < notes; i++) {
            Map<String, Object> s = sentences.get((i * 4 + 2) % sentences.size());
            as(editor).body(Map.of("start", s.get("start"), "end", s.get("end"), "body", "note " + i))
                    .post("/api/articles/{id}/annotations", id);
        }
        return id;
    }
}
