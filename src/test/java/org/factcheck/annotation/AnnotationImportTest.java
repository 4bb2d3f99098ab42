package org.factcheck.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.IndexedText;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading and anchoring W3C annotations without a database (WebAnnotationExchangeTest covers the HTTP side). */
class AnnotationImportTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** U+1F600 before "cat": code point 2, UTF-16 index 3. */
    static final String TEXT = "a 😀 cat and a cat.";

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    static String note(String selectors) {
        return "{'type':'Annotation','motivation':'commenting','bodyValue':'x','target':{'selector':[" + selectors
                + "]}}";
    }

    static AnnotationImport.Result read(String... annotations) throws Exception {
        return new AnnotationImport(new IndexedText(TEXT)).read(AnnotationImport.annotations(json("[" + String.join(",", annotations)
                + "]")));
    }

    @Test
    void positionsAreCodePointsAndAStalePositionFallsBackToTheQuote() throws Exception {
        var result = read(
                note("{'type':'TextQuoteSelector','exact':'cat','suffix':' and'},"
                        + "{'type':'TextPositionSelector','start':4,'end':7}"),
                note("{'type':'TextQuoteSelector','exact':'cat','prefix':'a ','suffix':'.'},"
                        + "{'type':'TextPositionSelector','start':0,'end':3}"),
                note("{'type':'TextQuoteSelector','exact':'😀 c'}"));
        assertEquals(List.of(), result.failures());
        assertEquals(4, result.items().get(0).start());
        assertEquals(14, result.items().get(1).start(), "the suffix '.' chooses the second cat");
        assertEquals(2, result.items().get(2).start());
        assertEquals(5, result.items().get(2).end());
    }

    @Test
    void ambiguousMissingAndHalfSurrogateQuotesFailWithoutBeingMalformed() throws Exception {
        var result = read(
                note("{'type':'TextQuoteSelector','exact':'cat'}"),
                note("{'type':'TextQuoteSelector','exact':'dog'}"),
                note("{'type':'TextQuoteSelector','exact':'\\ude00 cat'}"),
                note("{'type':'TextQuoteSelector','exact':'cat'},{'type':'TextPositionSelector','start':4,'end':99}"));
        assertEquals(4, result.failures().size());
        assertTrue(result.failures().stream().noneMatch(AnnotationImport.Failure::malformed));
        assertTrue(result.failures().get(0).reason().contains("occurs 2 times"), result.failures().get(0).reason());
    }

    @Test
    void malformedItemsAreNamed() throws Exception {
        var result = read(
                note("{'type':'TextPositionSelector','start':4,'end':7}"),
                note("{'type':'TextQuoteSelector','exact':'cat'},{'type':'TextQuoteSelector','exact':'a'}"),
                note("{'type':'RangeSelector'}"),
                "{'type':'Annotation','motivation':'linking','bodyValue':'x','target':{'selector':"
                        + "{'type':'TextQuoteSelector','exact':'a 😀'}}}",
                "{'type':'Annotation','body':{'type':'fc:Claim','fc:verdict':'false'},'target':{'selector':"
                        + "{'type':'TextQuoteSelector','exact':'a 😀'}}}",
                "{'type':'Annotation','bodyValue':'x','target':'https://example.org/whole-page'}",
                "{'type':'Note'}");
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), result.failures().stream().map(AnnotationImport.Failure::index)
                .toList());
        assertTrue(result.failures().stream().allMatch(AnnotationImport.Failure::malformed));
        assertTrue(result.failures().get(4).reason().contains("fc:rationale"), result.failures().get(4).reason());
    }

    @Test
    void documentsOtherThanCollectionsPagesItemsAndArraysAreUnreadable() throws Exception {
        assertEquals(1, AnnotationImport.annotations(json(note("{'type':'TextQuoteSelector','exact':'a'}"))).size());
        assertEquals(0, AnnotationImport.annotations(json("{'type':'AnnotationPage','items':[]}")).size());
        assertThrows(AnnotationImport.Unreadable.class, () -> AnnotationImport.annotations(
                json("{'type':'AnnotationCollection','total':3,'first':'https://example.org/page1'}")));
        assertThrows(AnnotationImport.Unreadable.class, () -> AnnotationImport.annotations(
                json("{'type':'AnnotationPage','items':[],'next':'https://example.org/page2'}")));
        assertThrows(AnnotationImport.Unreadable.class, () -> AnnotationImport.annotations(json("{'a':1}")));
        assertThrows(AnnotationImport.Unreadable.class, () -> AnnotationImport.annotations(null));
    }
}
