package org.factcheck.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text folded for matching and search (STANDARDS.md, Arabic normalization): NFKC, lower case, Arabic
 * diacritics (tashkeel U+064B–U+0652, U+0670) and tatweel removed, alef variants, alef maqsura and teh marbuta
 * unified, Arabic-Indic digits as ASCII, punctuation as spaces. Documents and queries go through the same
 * folding; the original text is kept for display.
 */
public final class MatchText {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private MatchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int c = arabic(cp);
            if (c < 0) {
                return; // tashkeel, superscript alef, tatweel
            }
            boolean keep = Character.isLetterOrDigit(c) || c == '.' || c == ',' || Character.getType(c) == Character.NON_SPACING_MARK;
            out.appendCodePoint(keep ? c : ' ');
        });
        return out.toString().replaceAll("(?<!\\d)[.,]|[.,](?!\\d)", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * The Arabic rules shared by {@link #fold} and {@link SearchFold}: -1 for a code point that is dropped
     * (tashkeel U+064B–U+0652, superscript alef U+0670, tatweel U+0640), else the code point unified (alef
     * variants, alef maqsura, teh marbuta, Arabic-Indic digits and separators) or unchanged.
     */
    static int arabic(int cp) {
        if ((cp >= 0x064B && cp <= 0x0652) || cp == 0x0670 || cp == 0x0640) {
            return -1;
        }
        return switch (cp) {
            case 0x0623, 0x0625, 0x0622, 0x0671 -> 0x0627; // أ إ آ ٱ → ا
            case 0x0649 -> 0x064A; // ى → ي
            case 0x0629 -> 0x0647; // ة → ه
            case 0x066B -> '.'; // Arabic decimal separator
            case 0x066C -> ','; // Arabic thousands separator
            default -> cp >= 0x0660 && cp <= 0x0669 ? '0' + (cp - 0x0660) // Arabic-Indic digits
                    : cp >= 0x06F0 && cp <= 0x06F9 ? '0' + (cp - 0x06F0) // Eastern Arabic-Indic digits
                    : cp;
        };
    }

    /**
     * Proper names in original (unfolded) text: capitalised words that do not start a sentence, folded. Scripts
     * without case (Arabic) have none; their names still count through the trigram similarity.
     */
    public static Set<String> names(String original) {
        Set<String> names = new LinkedHashSet<>();
        if (original == null) {
            return names;
        }
        Matcher m = WORD.matcher(original);
        boolean sentenceStart = true;
        while (m.find()) {
            String word = m.group();
            if (!sentenceStart && Character.isUpperCase(word.codePointAt(0)) && word.length() > 1) {
                names.add(fold(word));
            }
            int end = m.end();
            sentenceStart = end < original.length() && ".!?:".indexOf(original.charAt(end)) >= 0;
        }
        return names;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*");

    /** The numbers a folded text mentions ("49", "2022", "4.5"): the same claim with another number is another claim. */
    public static Set<String> numbers(String folded) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(folded);
        while (m.find()) {
            numbers.add(m.group().replace(",", ""));
        }
        return numbers;
    }
}
