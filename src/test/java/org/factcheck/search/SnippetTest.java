package org.factcheck.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Snippets are cut and marked on the folded text and shown in the original spelling, escaped. */
class SnippetTest {

    static String headline(String folded) {
        return folded.replace("[", String.valueOf(Snippet.START)).replace("]", String.valueOf(Snippet.STOP));
    }

    @Test
    void marksTheOriginalSpellingOfTheFoldedMatch() {
        Snippet snippet = Snippet.of("قالَ مُحَمَّدٌ إنّ المدرسةَ أُغلقت", headline("قال [محمد] ان [المدرسه] اغلقت"));
        assertEquals("قالَ <mark>مُحَمَّدٌ</mark> إنّ <mark>المدرسةَ</mark> أُغلقت", snippet.html());
    }

    @Test
    void aPassageInsideTheTextGetsEllipses() {
        Snippet snippet = Snippet.of("Un deux trois quatre cinq six sept huit. Les élèves sont là.\nFin du texte.",
                headline("Les [eleves] sont la"));
        assertEquals("… trois quatre cinq six sept huit. Les <mark>élèves</mark> sont là. …", snippet.html());
    }

    @Test
    void contextBeforeThePassageStaysInItsParagraph() {
        Snippet snippet = Snippet.of("Titre.\nLes élèves sont là.", headline("Les [eleves] sont la"));
        assertEquals("… Les <mark>élèves</mark> sont là.", snippet.html());
    }

    @Test
    void markupInTheTextIsEscaped() {
        Snippet snippet = Snippet.of("a <b>x</b> & \"y\"", headline("a  b>[x] /b> & \"y\""));
        assertEquals("a &lt;b&gt;<mark>x</mark>&lt;/b&gt; &amp; &quot;y&quot;", snippet.html());
    }

    @Test
    void anUnknownPassageFallsBackToTheStartUnmarked() {
        Snippet snippet = Snippet.of("Some text", headline("[other]"));
        assertEquals("Some text", snippet.html(), "no <mark> anywhere");
    }
}
