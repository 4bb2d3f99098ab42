package org.factcheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an HTML page into plain text with one block element per paragraph, ready for {@link TextNormalizer} and
 * {@link Segmenter}. Never returns markup.
 */
public final class HtmlText {

    /** Page title (may be null) and plain text whose paragraphs are separated by blank lines. */
    public record ExtractedHtml(String title, String text) {
    }

    // Chrome and non-content elements; removed before anything else so their text can never leak.
    private static final String ALWAYS_DROPPED = "script, style, noscript, iframe, svg, template, form, nav, aside, "
            + "[hidden]";

    // Elements that start a new paragraph. Anything else is treated as inline and joins the surrounding text.
    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "td", "th", "tr", "table",
            "thead", "tbody", "tfoot", "caption", "ul", "ol", "dl", "dt", "dd", "section", "article", "main",
            "figure", "figcaption", "address", "details", "summary", "header", "footer", "hr", "body", "center");

    private HtmlText() {
    }

    public static ExtractedHtml extract(String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        doc.select(ALWAYS_DROPPED).remove();

        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }

        String title = findTitle(doc, root);

        // Site-level header/footer are chrome. A <header> inside <article> usually carries the headline and the
        // publication date, which a fact-checker needs, so that one is kept.
        for (Element e : root.select("header, footer")) {
            boolean articleHeader = e.normalName().equals("header") && e.closest("article") != null;
            if (!articleHeader) {
                e.remove();
            }
        }

        return new ExtractedHtml(title, paragraphsOf(root));
    }

    /**
     * The text of an already chosen element (an extractor's article body), one paragraph per block element, blank
     * lines between paragraphs; images, scripts and forms left out.
     */
    public static String blocksText(Element root) {
        Element copy = root.clone();
        copy.select(ALWAYS_DROPPED).remove();
        return paragraphsOf(copy);
    }

    private static String paragraphsOf(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder inline = new StringBuilder();
        walk(root, inline, paragraphs);
        flush(inline, paragraphs);
        return TextNormalizer.normalize(String.join("\n\n", paragraphs));
    }

    private static String findTitle(Document doc, Element root) {
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        if (h1 != null) {
            String t = TextNormalizer.normalizeTitle(h1.text());
            if (!t.isEmpty()) {
                return t;
            }
        }
        String t = TextNormalizer.normalizeTitle(doc.title());
        return t == null || t.isEmpty() ? null : t;
    }

    // Inline runs accumulate in `inline` and are flushed at every block boundary, so a div holding both loose
    // text and nested <p>s yields separate paragraphs in document order.
    private static void walk(Node node, StringBuilder inline, List<String> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode tn) {
                inline.append(tn.getWholeText());
            } else if (child instanceof Element el) {
                String name = el.normalName();
                if (name.equals("br")) {
                    flush(inline, out);
                } else if (name.equals("pre")) {
                    flush(inline, out);
                    addPre(el, out);
                } else if (BLOCKS.contains(name)) {
                    flush(inline, out);
                    walk(el, inline, out);
                    flush(inline, out);
                } else if (name.equals("img")) {
                    // Alt text is not part of the article prose; images are skipped entirely.
                    continue;
                } else {
                    walk(el, inline, out);
                }
            }
        }
    }

    private static void flush(StringBuilder inline, List<String> out) {
        String p = TextNormalizer.normalizeTitle(inline.toString());
        if (!p.isEmpty()) {
            out.add(p);
        }
        inline.setLength(0);
    }

    // Keep pre's line structure (code, poems, transcripts) but collapse whitespace inside each line.
    private static void addPre(Element pre, List<String> out) {
        List<String> lines = new ArrayList<>();
        for (String line : pre.wholeText().split("\\R")) {
            String l = TextNormalizer.normalizeTitle(line);
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        if (!lines.isEmpty()) {
            out.add(String.join("\n", lines));
        }
    }
}
