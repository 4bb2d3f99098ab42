package org.factcheck.article;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** docs/text-revisions.md: corrected texts; claims and notes follow their quotes, or are kept as orphans. */
@QuarkusTest
class TextRevisionTest {

    @Inject
    Fixtures fixtures;

    static int cp(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Code-point offset of the n-th (0-based) occurrence of {@code quote} in {@code text}. */
    static int at(String text, String quote, int n) {
        int i = -1;
        for (int k = 0; k <= n; k++) {
            i = text.indexOf(quote, i + 1);
        }
        assertTrue(i >= 0, quote);
        return text.codePointCount(0, i);
    }

    @Test
    void quotesMoveWhenTextIsInsertedBeforeThem() {
        String editor = fixtures.user("editor");
        String old = "The minister said unemployment fell to 4%. Critics disagreed.\n\nExports grew by 12% last year.";
        long id = Fixtures.id(Fixtures.importText(editor, "Insert", old));
        long claim = claim(editor, id, at(old, "unemployment fell to 4%", 0), "unemployment fell to 4%");
        long note = note(editor, id, at(old, "grew by 12%", 0), "grew by 12%");
        String text = "Update, 14:00: figures corrected.\n\n" + old.replace("Critics", "Several critics");
        JsonPath revised = revise(editor, id, text).then().statusCode(200).body("revision", is(2))
                .body("orphaned", is(0)).extract().jsonPath();
        assertEquals(text, revised.getString("article.text"));
        as(editor).get("/api/claims/{id}", claim).then().body("start", is(at(text, "unemployment fell to 4%", 0)))
                .body("quote", is("unemployment fell to 4%")).body("orphaned", is(false))
                .body("sentenceId", is(sentenceHolding(revised, at(text, "unemployment", 0))));
        JsonPath notes = as(editor).get("/api/articles/{id}/annotations", id).then().extract().jsonPath();
        assertEquals(at(text, "grew by 12%", 0), notes.getInt("find { it.id == " + note + " }.start"));
        assertEquals("Exports ", notes.getString("find { it.id == " + note + " }.prefix").substring(
                notes.getString("find { it.id == " + note + " }.prefix").length() - 8));

        // every revision is kept: 1 is the imported text
        as(editor).get("/api/articles/{id}/revisions", id).then().statusCode(200).body("number", is(List.of(1, 2)))
                .body("createdBy", is(List.of(editor, editor))).body("length", is(List.of(cp(old), cp(text))));
        as(editor).get("/api/articles/{id}/revisions/1", id).then().statusCode(200).body("text", is(old));
        as(editor).get("/api/articles/{id}/revisions/3", id).then().statusCode(404);
        as(fixtures.user("admin")).get("/api/audit/verify").then().statusCode(200).body("intact", is(true));
    }

    @Test
    void aQuoteEditedByAFewCharactersFollowsAndIsUpdated() {
        String editor = fixtures.user("editor");
        String old = "Officials said the bridge cost 40 million dollars to build. It opened in 2019.";
        long id = Fixtures.id(Fixtures.importText(editor, "Edit", old));
        long claim = claim(editor, id, at(old, "the bridge cost 40 million dollars", 0),
                "the bridge cost 40 million dollars");
        long note = note(editor, id, at(old, "opened in 2019", 0), "opened in 2019");
        String text = "Officials said the bridge cost 45 million dollar to build. It was opened in 2018.";
        revise(editor, id, text).then().statusCode(200).body("orphaned", is(0)).body("edited", is(2));
        as(editor).get("/api/claims/{id}", claim).then().body("quote", is("the bridge cost 45 million dollar"))
                .body("start", is(at(text, "the bridge", 0))).body("orphaned", is(false));
        as(editor).get("/api/articles/{id}/annotations", id).then()
                .body("find { it.id == " + note + " }.quote", is("opened in 2018"))
                .body("find { it.id == " + note + " }.prefix", is("million dollar to build. It was "));
        as(editor).get("/api/claims/{id}/history", claim).then().body("action", org.hamcrest.Matchers
                .hasItem("requoted"));
    }

    @Test
    void aDeletedQuoteBecomesAnOrphanThatCanBeReattachedOrDismissed() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String old = "The mayor promised 300 new homes. The council approved the budget. Work starts in June.";
        long id = Fixtures.id(Fixtures.importText(editor, "Delete", old));
        long claim = claim(checker, id, at(old, "promised 300 new homes", 0), "promised 300 new homes");
        long note = note(checker, id, at(old, "promised 300", 0), "promised 300");
        long kept = claim(checker, id, at(old, "300 new homes", 0), "300 new homes");
        String text = "The council approved the budget. Work starts in June.";
        revise(editor, id, text).then().statusCode(200).body("orphaned", is(3));
        // a dismissed claim is kept (verdict, evidence, history), still orphaned, no longer listed as needing a place
        as(checker).post("/api/claims/{id}/dismiss", kept).then().statusCode(200).body("orphaned", is(true))
                .body("quote", is("300 new homes"));
        as(checker).post("/api/claims/{id}/dismiss", kept).then().statusCode(200);
        assertTrue(!as(checker).accept("text/html").get("/articles/{id}", id).then().extract().asString()
                .contains("orphan-claim-" + kept));
        as(checker).get("/api/claims/{id}", claim).then().body("orphaned", is(true)).body("sentenceId", nullValue())
                .body("quote", is("promised 300 new homes"));
        as(checker).get("/api/articles/{id}/annotations", id).then()
                .body("find { it.id == " + note + " }.orphaned", is(true));
        // the review page lists them, with their old quotes
        String page = as(checker).accept("text/html").get("/articles/{id}", id).then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("id=\"orphans\"") && page.contains("promised 300 new homes"), page);

        // re-attached to a new span of the current text
        int budget = at(text, "approved the budget", 0);
        as(fixtures.user("viewer")).body(Map.of("start", budget, "end", budget + 19))
                .post("/api/claims/{id}/reattach", claim).then().statusCode(403);
        as(checker).body(Map.of("start", budget, "end", budget + 500)).post("/api/claims/{id}/reattach", claim)
                .then().statusCode(400);
        as(checker).body(Map.of("start", budget, "end", budget + 19)).post("/api/claims/{id}/reattach", claim)
                .then().statusCode(200).body("orphaned", is(false)).body("quote", is("approved the budget"))
                .body("start", is(budget));
        as(checker).body(Map.of("start", budget, "end", budget + 19)).post("/api/claims/{id}/reattach", claim)
                .then().statusCode(409);
        as(checker).post("/api/claims/{id}/dismiss", claim).then().statusCode(409);
        // dismissed: the note is deleted
        as(checker).post("/api/annotations/{id}/dismiss", note).then().statusCode(204);
        as(checker).get("/api/articles/{id}/annotations", id).then().body("size()", is(0));
        as(checker).post("/api/annotations/{id}/dismiss", note).then().statusCode(404);
        as(fixtures.user("admin")).get("/api/audit/verify").then().statusCode(200).body("intact", is(true));
    }

    /**
     * A span chosen on the page before an editor corrected the text would land on other words: with the quote it
     * was selected with, the write gets 409 instead (API and the page's forms alike), and nothing changes.
     */
    @Test
    void aSelectionMadeBeforeACorrectionIsRefused() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String old = "قال الوزير 🙂 إن البطالة انخفضت. The mayor promised 300 new homes. Work starts in June.";
        long id = Fixtures.id(Fixtures.importText(editor, "Stale", old));
        int homes = at(old, "promised 300 new homes", 0);
        int end = homes + cp("promised 300 new homes");
        as(checker).body(Map.of("start", homes, "end", end, "quote", "promised 400 new homes"))
                .post("/api/articles/{id}/claims", id).then().statusCode(409)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("detail", containsString("now reads \"promised 300 new homes\""));
        long orphan = as(checker).body(Map.of("start", homes, "end", end, "quote", "promised 300 new homes"))
                .post("/api/articles/{id}/claims", id).then().statusCode(201).extract().jsonPath().getLong("id");

        String text = "Update: corrected. " + old.replace("promised 300 new homes", "spoke");
        revise(editor, id, text).then().statusCode(200).body("orphaned", is(1));
        int arabic = at(old, "البطالة", 0);
        int arabicEnd = arabic + cp("البطالة");
        // offsets and quote from the old page: the words there are others now
        as(checker).body(Map.of("start", arabic, "end", arabicEnd, "quote", "البطالة"))
                .post("/api/articles/{id}/claims", id).then().statusCode(409)
                .body("detail", containsString("Select them again")).body("current.id", is((int) id));
        as(checker).body(Map.of("start", arabic, "end", arabicEnd, "body", "Source?", "quote", "البطالة"))
                .post("/api/articles/{id}/annotations", id).then().statusCode(409);
        as(checker).body(Map.of("start", cp(text) - 2, "end", cp(text) + 3, "body", "x", "quote", "June."))
                .post("/api/articles/{id}/annotations", id).then().statusCode(409)
                .body("detail", containsString("shorter"));
        as(checker).contentType(io.restassured.http.ContentType.URLENC).accept("text/html")
                .formParam("start", arabic).formParam("end", arabicEnd).formParam("quote", "البطالة")
                .formParam("text", "typed text").post("/articles/{id}/claims", id).then().statusCode(409)
                .body(containsString("Select them again")).body(containsString("typed text"));
        as(checker).body(Map.of("start", arabic, "end", arabicEnd, "quote", "البطالة"))
                .post("/api/claims/{id}/reattach", orphan).then().statusCode(409);
        assertEquals(1, as(checker).get("/api/articles/{id}/claims", id).then().extract().jsonPath()
                .getList("id").size(), "nothing was added");
        as(checker).get("/api/articles/{id}/annotations", id).then().body("size()", is(0));
        as(checker).get("/api/claims/{id}", orphan).then().body("orphaned", is(true));

        // the same words selected again on the current text go in
        int now = at(text, "البطالة", 0);
        as(checker).body(Map.of("start", now, "end", now + cp("البطالة"), "quote", "البطالة"))
                .post("/api/claims/{id}/reattach", orphan).then().statusCode(200).body("quote", is("البطالة"));
        as(checker).body(Map.of("start", now, "end", now + cp("البطالة"), "body", "Source?", "quote", "البطالة"))
                .post("/api/articles/{id}/annotations", id).then().statusCode(201).body("quote", is("البطالة"));
    }

    @Test
    void identicalQuotesAreToldApartByTheirContext() {
        String editor = fixtures.user("editor");
        String a = "Exports fell sharply, the rate is 5% now.";
        String b = "Imports grew fast, the rate is 5% now.";
        String old = a + "\n\n" + b;
        long id = Fixtures.id(Fixtures.importText(editor, "Twins", old));
        long second = claim(editor, id, at(old, "the rate is 5%", 1), "the rate is 5%");
        long first = claim(editor, id, at(old, "the rate is 5%", 0), "the rate is 5%");
        String text = b + "\n\nMore context here.\n\n" + a; // paragraphs swapped
        revise(editor, id, text).then().statusCode(200).body("orphaned", is(0));
        as(editor).get("/api/claims/{id}", second).then().body("start", is(at(text, "the rate is 5%", 0)));
        as(editor).get("/api/claims/{id}", first).then().body("start", is(at(text, "the rate is 5%", 1)));
    }

    @Test
    void arabicWithDiacriticsAndAnEmojiCountsCodePoints() {
        String editor = fixtures.user("editor");
        String old = "🎉 قالَ الوزيرُ إنّ الأسعارَ ارتفعت بنسبة ٥٪ هذا العام. ورفضت المعارضة ذلك.";
        long id = Fixtures.id(Fixtures.importText(editor, "عربي", old));
        String quote = "الأسعارَ ارتفعت بنسبة ٥٪";
        long claim = claim(editor, id, at(old, quote, 0), quote);
        long note = note(editor, id, at(old, "المعارضة", 0), "المعارضة");
        // more emoji before, and a diacritic dropped inside the quote
        String text = "عاجل 🔴🔴: " + old.replace("الأسعارَ", "الأسعار");
        revise(editor, id, text).then().statusCode(200).body("orphaned", is(0));
        String edited = "الأسعار ارتفعت بنسبة ٥٪";
        as(editor).get("/api/claims/{id}", claim).then().body("quote", is(edited))
                .body("start", is(at(text, edited, 0))).body("end", is(at(text, edited, 0) + cp(edited)));
        as(editor).get("/api/articles/{id}/annotations", id).then()
                .body("find { it.id == " + note + " }.start", is(at(text, "المعارضة", 0)))
                .body("find { it.id == " + note + " }.quote", is("المعارضة"));
    }

    @Test
    void staleVersionsBadTextsAndLockedArticlesAreRefused() {
        String editor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        String old = "One sentence here. Another one there.";
        long id = Fixtures.id(Fixtures.importText(editor, "Refused", old));
        int version = SentenceEditTest.version(editor, id);
        as(checker).body(Map.of("text", "x", "version", version)).put("/api/articles/{id}/text", id).then()
                .statusCode(403);
        as(editor).body(Map.of("text", "Changed.", "version", version + 7)).put("/api/articles/{id}/text", id)
                .then().statusCode(409).header("Content-Type", startsWith("application/problem+json"))
                .body("current.version", is(version));
        as(editor).body(Map.of("text", "  \n ", "version", version)).put("/api/articles/{id}/text", id).then()
                .statusCode(400).body("errors[0].field", is("text"));
        as(editor).body(Map.of("text", "Changed.")).put("/api/articles/{id}/text", id).then().statusCode(400);
        as(editor).body(Map.of("text", "x".repeat(500_001), "version", version)).put("/api/articles/{id}/text", id)
                .then().statusCode(413);
        // the same text: no new revision
        revise(editor, id, old).then().statusCode(200).body("revision", is(1));
        SentenceEditTest.publish(editor, id);
        int published = SentenceEditTest.version(editor, id);
        as(editor).body(Map.of("text", "Changed.", "version", published)).put("/api/articles/{id}/text", id).then()
                .statusCode(409).body("detail", containsString("published"));
        as(editor).get("/api/articles/{id}", id).then().body("text", is(old));
        as(editor).get("/api/articles/{id}/revisions", id).then().body("size()", is(1));
    }

    @Test
    void theRevisionsPageShowsWhatChangedAndTheEditorFormCorrectsTheText() {
        String editor = fixtures.user("editor");
        String viewer = fixtures.user("viewer");
        String old = "قال الوزير إن النمو بلغ ٣٪ هذا العام.";
        long id = Fixtures.id(Fixtures.importText(editor, "تغييرات", old));
        String form = as(editor).accept("text/html").get("/articles/{id}/text", id).then().statusCode(200).extract()
                .asString();
        assertTrue(form.contains("name=\"version\" value=\"0\"") && form.contains(old) && form.contains("dir=\"rtl\"")
                && form.contains("name=\"csrf\""), form);
        as(viewer).accept("text/html").get("/articles/{id}/text", id).then().statusCode(403);
        // the form posts a new revision and shows its changes
        io.restassured.RestAssured.given().auth().preemptive().basic(editor, Fixtures.PASSWORD).redirects()
                .follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("text", old.replace("٣٪", "٤٪")).formParam("version", 0)
                .post("/articles/{id}/text", id).then().statusCode(303)
                .header("Location", containsString("/articles/" + id + "/revisions?from=1&to=2"));
        String page = as(viewer).accept("text/html").get("/articles/{id}/revisions?from=1&to=2", id).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("<del>٣</del>") && page.contains("<ins>٤</ins>"), page);
        assertTrue(page.contains("class=\"diff\" id=\"diff\" lang=\"ar\" dir=\"rtl\""), page);
        as(viewer).accept("text/html").get("/articles/{id}/revisions?from=1&to=9", id).then().statusCode(404);
        // the interface texts of this feature are translated too (web/TextMessages, txt_ar.properties)
        as(viewer).accept("text/html").header("Accept-Language", "ar").get("/articles/{id}/revisions", id).then()
                .statusCode(200).body(containsString("مراجعات النص")).body(containsString("<html lang=\"ar\" dir=\"rtl\">"));
        // a stale form keeps what was typed and says why
        String stale = io.restassured.RestAssured.given().auth().preemptive().basic(editor, Fixtures.PASSWORD)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("text", "نص آخر تماما.")
                .formParam("version", 0).post("/articles/{id}/text", id).then().statusCode(409).extract().asString();
        assertTrue(stale.contains("نص آخر تماما."), stale);
    }

    /** A 2,000-sentence article with 100 claims and 100 notes: every one follows, in a bounded time. */
    @Test
    void aBigArticleIsRevisedInOneGo() {
        String editor = fixtures.user("editor");
        StringBuilder old = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            old.append("Sentence ").append(i).append(" reports figure ").append(i * 7).append(" today.");
            old.append(i % 10 == 9 ? "\n\n" : " ");
        }
        String oldText = old.toString().strip();
        long id = Fixtures.id(Fixtures.importText(editor, "Big", oldText));
        for (int i = 0; i < 100; i++) {
            String quote = "reports figure " + (i * 20 * 7);
            int start = at(oldText, quote + " ", 0);
            claim(editor, id, start, quote);
            note(editor, id, start, quote);
        }
        String text = "A new first paragraph, added by the outlet.\n\n"
                + oldText.replace("Sentence 1000 reports", "Sentence 1000 now reports");
        long t0 = System.nanoTime();
        revise(editor, id, text).then().statusCode(200).body("orphaned", is(0)).body("moved", is(200));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("REVISION-TIME 2,000 sentences, %d chars, 100 claims + 100 notes: %d ms%n", cp(text),
                millis);
        assertTrue(millis < 20_000, millis + " ms");
        as(editor).get("/api/articles/{id}/claims", id).then().body("findAll { it.orphaned }.size()", is(0));
    }

    static io.restassured.response.Response revise(String editor, long id, String text) {
        int version = SentenceEditTest.version(editor, id);
        return as(editor).body(Map.of("text", text, "version", version)).put("/api/articles/{id}/text", id);
    }

    static long claim(String user, long id, int start, String quote) {
        return as(user).body(Map.of("start", start, "end", start + cp(quote))).post("/api/articles/{id}/claims", id)
                .then().statusCode(201).body("quote", is(quote)).extract().jsonPath().getLong("id");
    }

    static long note(String user, long id, int start, String quote) {
        return as(user).body(Map.of("start", start, "end", start + cp(quote), "body", "check this"))
                .post("/api/articles/{id}/annotations", id).then().statusCode(201).body("quote", is(quote))
                .extract().jsonPath().getLong("id");
    }

    static int sentenceHolding(JsonPath article, int offset) {
        return article.getInt("article.sentences.find { it.start <= " + offset + " && it.end > " + offset + " }.id");
    }
}
