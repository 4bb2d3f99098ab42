package org.factcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    static final String ENGLISH = "Russia said on Tuesday that it had brokered a ceasefire between Armenia and "
            + "Azerbaijan, after the worst fighting between the two countries since 2020 killed dozens of "
            + "soldiers. "
            + "The Armenian defence ministry said the shelling was continuing, with artillery and drones.";

    static final String FRENCH = "La Russie a annoncé mardi avoir obtenu un cessez-le-feu entre l'Arménie et "
            + "l'Azerbaïdjan, selon le ministère des Affaires étrangères, après des affrontements qui ont fait "
            + "des dizaines de morts dans les rangs de l'armée. « La situation reste tendue », a déclaré le porte-parole.";

    @Test
    void detectsArabicSeed() throws Exception {
        String seed = SegmenterTest.loadSeed();
        String lang = LanguageDetector.detect(seed);
        assertEquals("ar", lang);
        assertEquals("rtl", LanguageDetector.direction(lang));
    }

    @Test
    void detectsLatinLanguagesByStopwords() {
        assertEquals("en", LanguageDetector.detect(ENGLISH));
        assertEquals("fr", LanguageDetector.detect(FRENCH));
        assertEquals("de", LanguageDetector.detect(
                "Die Regierung hat am Dienstag mitgeteilt, dass die Kämpfe an der Grenze nicht beendet sind und "
                        + "auch die Armee von einer schwierigen Lage spricht."));
    }

    @Test
    void detectsHebrewAndDefaults() {
        assertEquals("he", LanguageDetector.detect("הממשלה הודיעה היום על הפסקת אש בגבול"));
        assertEquals("en", LanguageDetector.detect(""));
        assertEquals("en", LanguageDetector.detect("12345 !!!"));
        assertEquals("en", LanguageDetector.detect("Xyzzy plugh"));
        // Arabic article quoting a Latin name is still Arabic.
        assertEquals("ar", LanguageDetector.detect("قال الرئيس Emmanuel Macron إن الوضع خطير جدا في المنطقة"));
    }

    @Test
    void directionUsesPrimarySubtag() {
        assertEquals("rtl", LanguageDetector.direction("ar"));
        assertEquals("rtl", LanguageDetector.direction("ar-EG"));
        assertEquals("rtl", LanguageDetector.direction("he"));
        assertEquals("rtl", LanguageDetector.direction("ckb-IQ"));
        assertEquals("rtl", LanguageDetector.direction("UR"));
        assertEquals("ltr", LanguageDetector.direction("en-US"));
        assertEquals("ltr", LanguageDetector.direction("fr"));
        assertEquals("ltr", LanguageDetector.direction("arn")); // Mapudungun, not Arabic
        assertEquals("ltr", LanguageDetector.direction(null));
    }
}
