package org.factcheck.intake;

/** What an import would save, shown to the editor before saving: nothing is stored to make it. */
public record ImportPreview(String url, String canonicalUrl, String title, String standfirst, String outlet,
        String authors, String publishedAt, String modifiedAt, String language, String direction, String text,
        int paragraphs) {
}
