package org.factcheck.web;

import io.quarkus.qute.TemplateExtension;

/** Small helpers for templates. */
@TemplateExtension
public class TemplateExtensions {

    /** A submitted form value for re-display, "" when the form did not have it. */
    static String val(java.util.Map<String, String> form, String key) {
        String value = form == null ? null : form.get(key);
        return value == null ? "" : value;
    }

    /** Height of a server-drawn bar chart (tags/barchart.html). */
    static int chartHeight(java.util.List<org.factcheck.review.DeskMetrics.Bar> bars) {
        return org.factcheck.review.DeskMetrics.chartHeight(bars);
    }

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
