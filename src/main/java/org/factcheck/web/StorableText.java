package org.factcheck.web;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Text PostgreSQL can store, checked once at the edge (issue 18): a UTF-8 database refuses NUL ({@code invalid byte
 * sequence for encoding "UTF8": 0x00}), and an unpaired UTF-16 surrogate (a JSON escape of U+D800 with no low half after it) is no character
 * at all, so it would be stored as something other than what was sent. Both are refused with 400 naming the field,
 * before anything is read into the database. Article text that comes from files and fetched pages is cleaned instead,
 * as part of its normalisation ({@code text/TextNormalizer}).
 *
 * <p>Applied by {@link StorableTextJson} (every JSON string a request body is read into) and
 * {@link StorableTextFilter} (query parameters and form fields).
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code value} cannot be stored, or null when it can. */
    public static String whyNot(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (U+0000), which cannot be stored; remove it.";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return unpaired(c);
            }
            if (Character.isLowSurrogate(c)) {
                return unpaired(c);
            }
        }
        return null;
    }

    /** 400 naming {@code field} when {@code value} cannot be stored. */
    public static void require(String field, String value) {
        String why = whyNot(value);
        if (why != null) {
            throw invalid(field, why);
        }
    }

    static Problem invalid(String field, String why) {
        String name = printable(field);
        return Problem.invalid(name, "The field '" + name + "' " + why);
    }

    /**
     * {@code field} with NUL and unpaired surrogates replaced by U+FFFD: a field name fit to be written back (a map
     * key may be the culprit itself), or a login name fit for the audit (no account can have it).
     */
    public static String printable(String field) {
        if (whyNot(field) == null) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < field.length()
                    && Character.isLowSurrogate(field.charAt(i + 1));
            if (paired) {
                out.append(c).append(field.charAt(++i));
            } else {
                out.append(c == '\u0000' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /**
     * For bodies read as a tree (W3C annotation import): every string value and member name, the field named by its
     * path ({@code items[3].body.value}).
     */
    public static void requireTree(JsonNode node) {
        requireTree(node, "");
    }

    private static void requireTree(JsonNode node, String path) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            require(path.isEmpty() ? "body" : path, node.textValue());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireTree(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                String why = whyNot(member.getKey());
                if (why != null) {
                    throw invalid(path.isEmpty() ? "body" : path, "has a member name that " + why);
                }
                requireTree(member.getValue(), path.isEmpty() ? member.getKey() : path + "." + member.getKey());
            }
        }
    }

    private static String unpaired(char c) {
        return String.format("contains an unpaired surrogate (U+%04X), which is not a character; send valid Unicode "
                + "(UTF-8).", (int) c);
    }
}
