package org.factcheck.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap script + stopword language guess. Good enough to pick the sentence-break rules and the text direction;
 * not a general-purpose language identifier.
 */
public final class LanguageDetector {

    private static final String DEFAULT = "en";

    private static final Set<String> RTL = Set.of("ar", "he", "iw", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug");

    // Only high-frequency function words: they dominate any news paragraph and rarely collide across languages.
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "said", "on", "it",
                    "as", "by", "are", "be", "at", "this", "from", "has", "have", "were", "which", "will", "would",
                    "not", "but", "they", "their", "an", "its", "he", "she", "who", "been"),
            "fr", Set.of("le", "la", "les", "des", "du", "est", "et", "une", "pour", "dans", "que", "qui", "au",
                    "aux", "sur", "pas", "avec", "selon", "il", "elle", "ont", "sont", "été", "cette", "ce", "ces",
                    "mais", "par", "plus", "ne", "se", "son", "sa", "ses", "leur", "à", "où", "d", "l", "qu"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "von", "zu", "sich",
                    "auf", "für", "ein", "eine", "auch", "wurde", "sind", "bei", "nach", "wie", "einer", "im"),
            "es", Set.of("el", "los", "las", "del", "y", "que", "por", "con", "para", "una", "es", "se", "lo",
                    "su", "sus", "como", "pero", "fue", "según", "está", "al", "más", "han", "entre"));

    // Apostrophes split French elisions ("l'armée" -> "l", "armée") so they count as stopwords.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private LanguageDetector() {
    }

    public static String detect(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT;
        }
        int arabic = 0;
        int hebrew = 0;
        int latin = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (script == Character.UnicodeScript.HEBREW) {
                hebrew++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (letters == 0) {
            return DEFAULT;
        }
        // "Dominate" = more than half: Arabic articles often quote Latin names and acronyms.
        if (arabic * 2 > letters) {
            return "ar";
        }
        if (hebrew * 2 > letters) {
            return "he";
        }
        if (latin == 0) {
            return DEFAULT;
        }
        return detectLatin(text);
    }

    private static String detectLatin(String text) {
        Map<String, Integer> scores = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    scores.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = DEFAULT;
        int bestScore = 0;
        // Iterate in a fixed order so ties resolve deterministically, with English winning ties.
        for (String lang : new String[] {"en", "fr", "de", "es"}) {
            int score = scores.getOrDefault(lang, 0);
            if (score > bestScore) {
                best = lang;
                bestScore = score;
            }
        }
        // Two hits minimum: a single "la" or "die" in an English headline should not flip the language.
        return bestScore >= 2 ? best : DEFAULT;
    }

    /** "rtl" for right-to-left primary languages, else "ltr". */
    public static String direction(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return "ltr";
        }
        String primary = languageTag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return RTL.contains(primary) ? "rtl" : "ltr";
    }
}
