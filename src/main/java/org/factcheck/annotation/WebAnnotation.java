package org.factcheck.annotation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** W3C Web Annotation Data Model (STANDARDS.md): an article's notes as an AnnotationCollection in JSON-LD. */
public final class WebAnnotation {

    private WebAnnotation() {
    }

    public static Map<String, Object> collection(String articleIri, String language, List<Annotation> annotations) {
        List<Map<String, Object>> items = annotations.stream().map(a -> annotation(articleIri, language, a)).toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", articleIri + "/annotations?page=0");
        page.put("type", "AnnotationPage");
        page.put("items", items);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@context", "http://www.w3.org/ns/anno.jsonld");
        collection.put("id", articleIri + "/annotations");
        collection.put("type", "AnnotationCollection");
        collection.put("total", items.size());
        collection.put("first", page);
        return collection;
    }

    static Map<String, Object> annotation(String articleIri, String language, Annotation a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TextualBody");
        body.put("value", a.body);
        body.put("format", "text/plain");
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", a.quote);
        quote.put("prefix", a.prefix);
        quote.put("suffix", a.suffix);
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", a.start);
        position.put("end", a.end);
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", articleIri);
        target.put("language", language);
        // an orphaned note's position points into an older text: only its quote still describes it
        target.put("selector", a.orphaned ? List.of(quote) : List.of(quote, position));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", articleIri + "/annotations/" + a.id);
        json.put("type", "Annotation");
        json.put("motivation", a.motivation);
        json.put("creator", Map.of("type", "Person", "nickname", a.createdBy.username));
        json.put("created", a.createdAt.toString());
        json.put("body", body);
        json.put("target", target);
        return json;
    }
}
