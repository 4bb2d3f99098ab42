package org.factcheck.annotation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.claim.Claim;
import org.factcheck.text.IndexedText;
import org.factcheck.user.AppUser;
import org.factcheck.web.Dates;

/**
 * W3C Web Annotation Data Model (STANDARDS.md): an article's notes and claims as one {@code AnnotationCollection}
 * in JSON-LD, the page embedded as {@code first}. Every target carries a {@code TextQuoteSelector} (exact, prefix,
 * suffix) and a {@code TextPositionSelector} (Unicode code points, end exclusive).
 *
 * <p>A note is an Annotation with a {@code TextualBody}. A claim is an Annotation with motivation {@code assessing}
 * whose body is a project-specific {@code fc:Claim} resource ({@link #NAMESPACE}, declared in the
 * {@code @context}) with the claim's IRI as {@code id}, carrying {@code fc:text}, {@code fc:claimant},
 * {@code fc:verdict}, {@code fc:status} and {@code fc:rationale}. {@link AnnotationImport} reads the same shape
 * back, and also the earlier one without {@code id} (which the W3C model does not recognise as a body). Exports
 * pass the W3C test suite's must-assertions (WebAnnotationConformanceTest).
 */
public final class WebAnnotation {

    /** Marks an item whose words are no longer in the text it was exported from. */
    public static final String ORPHANED = "fc:orphaned";
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** The project's own vocabulary; a fixed IRI so that exports of every installation read alike. */
    public static final String NAMESPACE = "https://factcheck-desk.org/ns/annotation#";
    public static final String CLAIM_TYPE = "fc:Claim";
    public static final String CLAIM_MOTIVATION = "assessing";
    /** A claim body's id is its claim page's IRI with this fragment. */
    public static final String CLAIM_FRAGMENT = "#claim";

    private WebAnnotation() {
    }

    /** The JSON-LD context: the W3C one plus the {@code fc} prefix for claim data. */
    public static List<Object> context() {
        return List.of(CONTEXT, Map.of("fc", NAMESPACE));
    }

    /**
     * Notes and claims in text order (start, end, claims before notes, then id), so two articles with the same
     * text and the same imported items export the same sequence.
     */
    public static Map<String, Object> collection(String publicUrl, long articleId, String language, String text,
            List<Annotation> notes, List<Claim> claims) {
        String articleIri = publicUrl + "/articles/" + articleId;
        record Item(int start, int end, int kind, long id, Map<String, Object> json) {
        }
        List<Item> all = new ArrayList<>();
        IndexedText indexed = claims.isEmpty() ? null : new IndexedText(text);
        for (Claim c : claims) {
            // claims keep only their quote: the context comes from the text, as for notes, unless the words are gone
            String prefix = c.orphaned ? "" : indexed.prefix(c.start);
            String suffix = c.orphaned ? "" : indexed.suffix(c.end);
            all.add(new Item(c.start, c.end, 0, c.id, claim(publicUrl, articleIri, language, c, prefix, suffix)));
        }
        for (Annotation a : notes) {
            all.add(new Item(a.start, a.end, 1, a.id, note(articleIri, language, a)));
        }
        all.sort(Comparator.comparingInt(Item::start).thenComparingInt(Item::end).thenComparingInt(Item::kind)
                .thenComparingLong(Item::id));
        List<Map<String, Object>> items = all.stream().map(Item::json).toList();
        String collectionId = articleIri + "/annotations";
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", collectionId + "?page=0");
        page.put("type", "AnnotationPage");
        page.put("partOf", collectionId);
        page.put("startIndex", 0);
        page.put("items", items);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@context", context());
        collection.put("id", collectionId);
        collection.put("type", "AnnotationCollection");
        collection.put("total", items.size());
        collection.put("first", page);
        return collection;
    }

    static Map<String, Object> note(String articleIri, String language, Annotation a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TextualBody");
        body.put("value", a.body);
        body.put("format", "text/plain");
        // notes cannot be edited: modified is the creation time
        return annotation(articleIri + "/annotations/" + a.id, a.motivation, a.createdBy, a.createdAt, a.createdAt,
                body, target(articleIri, language, a.quote, a.prefix, a.suffix, a.start, a.end,
                        a.orphaned), a.orphaned);
    }

    static Map<String, Object> claim(String publicUrl, String articleIri, String language, Claim c, String prefix,
            String suffix) {
        String claimIri = publicUrl + "/claims/" + c.id;
        Map<String, Object> body = new LinkedHashMap<>();
        // an id makes the body an External Web Resource, one of the body kinds the W3C model recognises (3.2); the
        // fragment names the claim itself, apart from the annotation (the page's IRI) that marks it on the text
        body.put("id", claimIri + CLAIM_FRAGMENT);
        body.put("type", CLAIM_TYPE);
        putIfPresent(body, "fc:text", c.text);
        putIfPresent(body, "fc:claimant", c.claimant);
        body.put("fc:verdict", c.verdict.key());
        body.put("fc:status", c.status.key());
        putIfPresent(body, "fc:rationale", c.rationale);
        return annotation(claimIri, CLAIM_MOTIVATION, c.createdBy, c.createdAt, c.updatedAt,
                body, target(articleIri, language, c.quote, prefix, suffix, c.start, c.end, c.orphaned), c.orphaned);
    }

    private static Map<String, Object> target(String articleIri, String language, String exact, String prefix,
            String suffix, int start, int end, boolean orphaned) {
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", exact);
        quote.put("prefix", prefix);
        quote.put("suffix", suffix);
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", start);
        position.put("end", end);
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", articleIri);
        target.put("language", language);
        // an orphaned item's position points into an older text: only its quote still describes it
        target.put("selector", orphaned ? List.of(quote) : List.of(quote, position));
        return target;
    }

    private static Map<String, Object> annotation(String id, String motivation, AppUser creator,
            OffsetDateTime created, OffsetDateTime modified, Map<String, Object> body, Map<String, Object> target,
            boolean orphaned) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("type", "Annotation");
        json.put("motivation", motivation);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("type", "Person");
        person.put("nickname", creator.username);
        putIfPresent(person, "name", creator.displayName);
        json.put("creator", person);
        json.put("created", Dates.iso(created));
        json.put("modified", Dates.iso(modified));
        json.put("body", body);
        json.put("target", target);
        if (orphaned) {
            // its words were gone from this text: an importer that cannot place it skips it (WebAnnotationService)
            json.put(ORPHANED, true);
        }
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
