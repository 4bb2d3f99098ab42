package org.factcheck.web;

import java.util.Map;
import org.factcheck.text.CodePoints;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** Small helpers for templates. */
@TemplateExtension
public class TemplateExtensions {

    /** A submitted form value for re-display, "" when the form did not have it. */
    static String val(Map<String, String> form, String key) {
        String value = form == null ? null : form.get(key);
        return value == null ? "" : value;
    }

    /** At most {@code max} code points, with an ellipsis when cut; never splits a surrogate pair. */
    static String abbreviate(String text, int max) {
        return CodePoints.abbreviate(text, max);
    }

    /** A message key made of a prefix and an API value, e.g. {@code verdict_false}, for {@code msg:message(...)}. */
    static String prefixed(String value, String prefix) {
        return prefix + value;
    }

    /** The page number people read: the API counts from 0. */
    static int pageNumber(Page<?> page) {
        return page.page() + 1;
    }

    /** A date in the interface language (the template's {@code locale} attribute, see UiTemplates). */
    static String uiDate(OffsetDateTime at, @TemplateAttribute("locale") Object locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(locale))
                .format(at);
    }

    /** A date and time (to the second) in the interface language. */
    static String uiDateTime(OffsetDateTime at, @TemplateAttribute("locale") Object locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale(locale))
                .format(at);
    }

    /** A count in the interface language's digits and grouping. */
    static String uiNumber(Number number, @TemplateAttribute("locale") Object locale) {
        return number == null ? "" : NumberFormat.getIntegerInstance(locale(locale)).format(number);
    }

    /**
     * The formatting locale: Arabic with Western digits, as in our articles (dates always print them), so counts
     * and dates never mix two digit sets on one page.
     */
    private static Locale locale(Object attribute) {
        Locale locale = attribute instanceof Locale l ? l
                : Locale.forLanguageTag(attribute == null ? UiLocale.DEFAULT : attribute.toString());
        return "ar".equals(locale.getLanguage()) ? new Locale.Builder().setLocale(locale)
                .setUnicodeLocaleKeyword("nu", "latn").build() : locale;
    }
}
