package org.factcheck.web;

import io.quarkus.qute.TemplateExtension;

/** Small helpers for templates. */
@TemplateExtension
public class TemplateExtensions {

    /** At most {@code max} code points, with an ellipsis when cut; never splits a surrogate pair. */
    static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).stripTrailing() + "…";
    }
}
