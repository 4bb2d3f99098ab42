package org.factcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.factcheck.text.HtmlText.ExtractedHtml;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Site | Page title</title>
            <script>var tracker = 'SECRET_SCRIPT';</script><style>p { color: red; }</style></head>
            <body>
              <header><div class="logo">Site Name</div></header>
              <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
              <article>
                <h1>  Russia   brokers
                  ceasefire </h1>
                <p>Russia said on <b>Tuesday</b> it had
                   brokered a&nbsp;ceasefire.</p>
                <p>Fighting <a href="#">continued</a> overnight.</p>
                <script>document.write('SECRET_INLINE')</script>
                <div>Standalone &lt;div&gt; text</div>
                <ul><li>First point</li><li>Second point</li></ul>
                <aside>Related: SECRET_ASIDE</aside>
                <form><input value="x"><label>SECRET_FORM</label></form>
              </article>
              <footer>Copyright SECRET_FOOTER</footer>
            </body></html>
            """;

    @Test
    void extractsArticleParagraphs() {
        ExtractedHtml result = HtmlText.extract(PAGE);

        assertEquals("Russia brokers ceasefire", result.title());
        assertEquals("""
                Russia brokers ceasefire

                Russia said on Tuesday it had brokered a ceasefire.

                Fighting continued overnight.

                Standalone <div> text

                First point

                Second point""", result.text());
        assertFalse(result.text().contains("SECRET"));
        assertFalse(result.text().contains("Home"));
    }

    @Test
    void fallsBackToMainThenBodyAndTitleTag() {
        String main = "<html><head><title> Only   title </title></head><body><p>outside</p>"
                + "<main><p>inside main</p></main></body></html>";
        ExtractedHtml result = HtmlText.extract(main);
        assertEquals("Only title", result.title());
        assertEquals("inside main", result.text());

        ExtractedHtml body = HtmlText.extract("<p>one</p><div>two<p>three</p></div><br>four");
        assertNull(body.title());
        assertEquals("one\n\ntwo\n\nthree\n\nfour", body.text());
    }

    @Test
    void plainTextOutputSegmentsCleanly() {
        ExtractedHtml result = HtmlText.extract(PAGE);
        Segmenter.Segmentation seg = Segmenter.segment(result.text(), LanguageDetector.detect(result.text()));
        assertEquals(6, seg.paragraphs().size());
        SegmentationInvariants.check(result.text(), seg);
    }
}
