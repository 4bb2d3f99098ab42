package org.factcheck.annotation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.Verdict;
import org.factcheck.text.CodePoints;
import org.factcheck.text.IndexedText;
import org.factcheck.text.Reanchor;
import org.factcheck.web.EnumKeys;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads W3C Web Annotations (an {@code AnnotationCollection} with its first page embedded, an
 * {@code AnnotationPage}, one {@code Annotation} or a plain JSON array of them) as {@link WebAnnotation} writes
 * them, and anchors each on an article's text. No database: {@link WebAnnotationService} stores the result.
 *
 * <p>Anchoring (STANDARDS.md, as Hypothesis does it, without the fuzzy step): the {@code TextPositionSelector}
 * when the text at that position is the {@code TextQuoteSelector}'s {@code exact}; else the only place the quote
 * occurs; else the one place whose surroundings best match {@code prefix}/{@code suffix}; else the item fails.
 * A tie is a failure: an item is never moved silently to a poor match.
 */
public final class AnnotationImport {

    /** One imported note or claim, anchored: start/end are code points of the target text. */
    public sealed interface Item permits Note, ClaimItem {
        int index();

        int start();

        int end();
    }

    public record Note(int index, int start, int end, String body, String motivation) implements Item {
    }

    public record ClaimItem(int index, int start, int end, String text, String claimant, Verdict verdict,
            boolean proposed, String rationale) implements Item {
    }

    /**
     * Why item {@code index} cannot be imported. {@code malformed}: it does not follow the model we read (400);
     * otherwise it is well formed but cannot be placed on this text (422).
     */
    public record Failure(int index, String reason, boolean malformed) {
    }

    /** {@code orphans}: the items the document marks {@code fc:orphaned} (their words were gone where exported). */
    public record Result(List<Item> items, List<Failure> failures, Set<Integer> orphans) {
    }

    /** The whole document is not something we can read (400, no item to blame). */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private static final Set<String> SELECTORS = Set.of("TextQuoteSelector", "TextPositionSelector");

    private final String text;
    private final IndexedText indexed;

    public AnnotationImport(IndexedText text) {
        this.text = text.text();
        this.indexed = text;
    }

    /** The annotations of a document, in order; {@link Unreadable} when it is no collection, page, list or item. */
    public static List<JsonNode> annotations(JsonNode root) {
        if (root == null || root.isNull() || root.isMissingNode()) {
            throw new Unreadable("Send a W3C AnnotationCollection, an AnnotationPage, an Annotation or a JSON array"
                    + " of Annotations.");
        }
        if (root.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            root.forEach(items::add);
            return items;
        }
        if (hasType(root, "AnnotationCollection")) {
            JsonNode first = root.get("first");
            if (first == null || first.isNull()) {
                if (root.path("total").asInt(0) == 0) {
                    return List.of();
                }
                throw new Unreadable("The AnnotationCollection has no first page.");
            }
            if (!first.isObject()) {
                throw new Unreadable("The AnnotationCollection's first page is only a link: embed the page (with"
                        + " its items) in the document; pages are not fetched.");
            }
            return page(first);
        }
        if (hasType(root, "AnnotationPage")) {
            return page(root);
        }
        if (hasType(root, "Annotation")) {
            return List.of(root);
        }
        throw new Unreadable("The document's type must be AnnotationCollection, AnnotationPage or Annotation (or"
                + " send a JSON array of Annotations).");
    }

    private static List<JsonNode> page(JsonNode page) {
        if (page.hasNonNull("next")) {
            throw new Unreadable("The annotations span several pages; send them all in one page (items).");
        }
        JsonNode items = page.get("items");
        if (items == null || !items.isArray()) {
            throw new Unreadable("The AnnotationPage has no items array.");
        }
        List<JsonNode> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    /** Reads and anchors every item; failures are collected for all items, not only the first. */
    public Result read(List<JsonNode> annotations) {
        List<Item> items = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        Set<Integer> orphans = new HashSet<>();
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).path(WebAnnotation.ORPHANED).asBoolean(false)) {
                orphans.add(i);
            }
            try {
                items.add(item(i, annotations.get(i)));
            } catch (ItemFailure f) {
                failures.add(new Failure(i, f.getMessage(), f.malformed));
            }
        }
        return new Result(items, failures, orphans);
    }

    private static final class ItemFailure extends RuntimeException {
        final boolean malformed;

        ItemFailure(String message, boolean malformed) {
            super(message, null, false, false);
            this.malformed = malformed;
        }
    }

    private static ItemFailure malformed(String message) {
        return new ItemFailure(message, true);
    }

    private Item item(int index, JsonNode a) {
        if (!a.isObject() || !hasType(a, "Annotation")) {
            throw malformed("Not an Annotation (\"type\": \"Annotation\").");
        }
        String motivation = motivation(a.get("motivation"));
        JsonNode body = body(a);
        // everything malformed (400) is found before anchoring (422) is tried
        Selectors selectors = target(a.get("target"));
        if (hasType(body, WebAnnotation.CLAIM_TYPE) || hasType(body, WebAnnotation.NAMESPACE + "Claim")) {
            return claim(index, selectors, motivation, body);
        }
        if (body.has("type") && !hasType(body, "TextualBody")) {
            throw malformed("Unsupported body type " + body.get("type") + ": use TextualBody (a note) or "
                    + WebAnnotation.CLAIM_TYPE + " (a claim).");
        }
        String format = body.path("format").asText("text/plain");
        if (!format.equals("text/plain")) {
            throw malformed("Unsupported body format '" + format + "': notes are text/plain.");
        }
        String value = stringOrNull(body, "value");
        var problems = AnnotationService.check(value, motivation);
        if (!problems.isEmpty()) {
            throw malformed(problems.get(0).message());
        }
        int[] span = anchor(selectors);
        return new Note(index, span[0], span[1], value.strip(), motivation);
    }

    /** The body's {@code id} (the claim where it was exported) is not needed: the claim is created anew here. */
    private ClaimItem claim(int index, Selectors selectors, String motivation, JsonNode body) {
        if (motivation != null && !motivation.equals(WebAnnotation.CLAIM_MOTIVATION)) {
            throw malformed("A claim's motivation is '" + WebAnnotation.CLAIM_MOTIVATION + "', not '" + motivation
                    + "'.");
        }
        String claimText = optional(body, "fc:text", ClaimService.MAX_TEXT);
        String claimant = optional(body, "fc:claimant", ClaimService.MAX_CLAIMANT);
        String rationale = optional(body, "fc:rationale", ClaimService.MAX_RATIONALE);
        Verdict verdict = EnumKeys.find(Verdict.class, body.path("fc:verdict").asText("unreviewed"))
                .orElseThrow(() -> malformed("Unknown fc:verdict " + body.get("fc:verdict") + ": use "
                        + EnumKeys.choices(Verdict.class) + "."));
        ClaimStatus status = EnumKeys.find(ClaimStatus.class, body.path("fc:status").asText("open"))
                .orElseThrow(() -> malformed("Unknown fc:status " + body.get("fc:status") + ": use "
                        + EnumKeys.choices(ClaimStatus.class) + "."));
        if (verdict == Verdict.UNREVIEWED && status != ClaimStatus.OPEN) {
            throw malformed("An unreviewed claim is open, not " + status.key() + ".");
        }
        if (verdict != Verdict.UNREVIEWED && rationale == null) {
            throw malformed("A verdict comes with its reason: give fc:rationale.");
        }
        int[] span = anchor(selectors);
        // a claim starts and ends on text and lies inside one sentence (checked by the service against sentences)
        int[] trimmed = indexed.trim(span[0], span[1]);
        if (trimmed == null) {
            throw new ItemFailure("The quote holds only white space.", false);
        }
        return new ClaimItem(index, trimmed[0], trimmed[1], claimText, claimant, verdict,
                status != ClaimStatus.OPEN, rationale);
    }

    private static String motivation(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray() && node.size() == 1) {
            node = node.get(0);
        }
        if (!node.isTextual()) {
            throw malformed("Give one motivation as a string.");
        }
        return node.asText();
    }

    private static JsonNode body(JsonNode a) {
        JsonNode body = a.get("body");
        if (body == null || body.isNull()) {
            JsonNode value = a.get("bodyValue");
            if (value != null && value.isTextual()) {
                return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put("type", "TextualBody").put("value", value.asText());
            }
            throw malformed("The annotation has no body (a TextualBody note or an " + WebAnnotation.CLAIM_TYPE
                    + ").");
        }
        if (body.isArray()) {
            if (body.size() != 1) {
                throw malformed("Give exactly one body; this annotation has " + body.size() + ".");
            }
            body = body.get(0);
        }
        if (!body.isObject()) {
            throw malformed("The body must be an object (a TextualBody or an " + WebAnnotation.CLAIM_TYPE + ").");
        }
        return body;
    }

    private record Selectors(String exact, String prefix, String suffix, Integer start, Integer end) {
    }

    private static Selectors target(JsonNode target) {
        if (target == null || target.isNull()) {
            throw malformed("The annotation has no target.");
        }
        if (target.isArray()) {
            if (target.size() != 1) {
                throw malformed("Give exactly one target; this annotation has " + target.size() + ".");
            }
            target = target.get(0);
        }
        if (!target.isObject() || !target.has("selector")) {
            throw malformed("The target needs selectors (TextQuoteSelector, optionally TextPositionSelector);"
                    + " a whole-document target cannot be placed on a span.");
        }
        JsonNode selectors = target.get("selector");
        List<JsonNode> list = new ArrayList<>();
        if (selectors.isArray()) {
            selectors.forEach(list::add);
        } else {
            list.add(selectors);
        }
        JsonNode quote = null;
        JsonNode position = null;
        for (JsonNode s : list) {
            String type = s.path("type").asText("");
            if (!SELECTORS.contains(type)) {
                throw malformed("Unsupported selector " + (type.isEmpty() ? "without a type" : "'" + type + "'")
                        + ": use TextQuoteSelector and TextPositionSelector.");
            }
            if (s.has("refinedBy")) {
                throw malformed("Refined selectors (refinedBy) are not supported.");
            }
            if (type.equals("TextQuoteSelector")) {
                if (quote != null) {
                    throw malformed("Give one TextQuoteSelector, not several.");
                }
                quote = s;
            } else {
                if (position != null) {
                    throw malformed("Give one TextPositionSelector, not several.");
                }
                position = s;
            }
        }
        if (quote == null) {
            throw malformed("A TextQuoteSelector (exact, prefix, suffix) is required: the quote is what proves the"
                    + " place.");
        }
        String exact = quote.path("exact").isTextual() ? quote.get("exact").asText() : "";
        if (exact.isEmpty()) {
            throw malformed("The TextQuoteSelector's exact is empty.");
        }
        Integer start = null;
        Integer end = null;
        if (position != null) {
            if (!position.path("start").isIntegralNumber() || !position.path("start").canConvertToInt()
                    || !position.path("end").isIntegralNumber() || !position.path("end").canConvertToInt()) {
                throw malformed("The TextPositionSelector needs integer start and end (code points).");
            }
            start = position.get("start").asInt();
            end = position.get("end").asInt();
            if (start < 0 || end <= start) {
                throw malformed("The TextPositionSelector " + start + "–" + end + " is not a span (0 ≤ start < end).");
            }
        }
        return new Selectors(exact, stringOr(quote, "prefix"), stringOr(quote, "suffix"), start, end);
    }

    /** Code point start and end of the quote in the text; an ItemFailure (422) when it cannot be placed. */
    private int[] anchor(Selectors s) {
        int length = indexed.length();
        int exactLength = CodePoints.length(s.exact());
        if (s.start() != null && s.end() <= length
                && indexed.substring(s.start(), s.end()).equals(s.exact())) {
            return new int[] {s.start(), s.end()};
        }
        List<Integer> found = new ArrayList<>(); // UTF-16 indices of every occurrence
        for (int i = text.indexOf(s.exact()); i >= 0; i = text.indexOf(s.exact(), i + 1)) {
            found.add(i);
        }
        if (found.isEmpty()) {
            throw new ItemFailure("The quote \"" + CodePoints.abbreviate(s.exact(), 60) + "\" is not in the text.",
                    false);
        }
        int best = -1;
        if (found.size() == 1) {
            best = found.get(0);
        } else {
            int bestScore = -1;
            boolean tie = false;
            for (int i : found) {
                int score = Reanchor.contextScore(text, i, s.exact().length(), s.prefix(), s.suffix());
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                    tie = false;
                } else if (score == bestScore) {
                    tie = true;
                }
            }
            if (tie) {
                throw new ItemFailure("The quote \"" + CodePoints.abbreviate(s.exact(), 60) + "\" occurs "
                        + found.size()
                        + " times and its prefix/suffix do not tell which is meant.", false);
            }
        }
        int start = indexed.codePointOffset(best);
        // a quote that starts or ends with half a surrogate pair matches no whole code points
        if (start < 0 || start + exactLength > length
                || !indexed.substring(start, start + exactLength).equals(s.exact())) {
            throw new ItemFailure("The quote \"" + CodePoints.abbreviate(s.exact(), 60) + "\" is not in the text.",
                    false);
        }
        return new int[] {start, start + exactLength};
    }

    private static String optional(JsonNode body, String field, int max) {
        String value = stringOrNull(body, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw malformed(field + " has at most " + max + " characters.");
        }
        return value.strip();
    }

    private static String stringOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw malformed(field + " must be a string.");
        }
        return value.asText();
    }

    private static String stringOr(JsonNode node, String field) {
        String value = stringOrNull(node, field);
        return value == null ? "" : value;
    }

    /** JSON-LD allows one type or several. */
    static boolean hasType(JsonNode node, String type) {
        JsonNode t = node.get("type");
        if (t == null) {
            t = node.get("@type");
        }
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.equals(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asText());
    }
}
