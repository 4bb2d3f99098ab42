package org.factcheck.suggestion;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sentence shows on its face, in any language: its reasons (numbers, dates, quotes...) and a few signs of its
 * form (a question, a heading, its length). Lexicons exist for English, Arabic and French; any other language gets
 * only what needs none (digits, percent signs, clock times, quotation marks). JDK only, so training runs without
 * the application.
 */
public final class TextCues {

    /** Inputs beyond the reasons, shared by every language model (see {@link #abstractFeatures}). */
    static final int EXTRA_FEATURES = 10;
    static final int ABSTRACT_FEATURES = Reason.values().length + EXTRA_FEATURES;

    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:h]\\d{2}\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b");
    // matched against normalised text (ة is ه there)
    private static final Pattern PERCENT = Pattern.compile("\\bper ?cent\\b|\\bpour ?cent\\b|المئه|المائه");
    private static final Pattern QUOTED = Pattern.compile("[\"“”«»„]");
    private static final Pattern URL = Pattern.compile("https?://|www\\.");
    /** Closing punctuation at the end: an unclosed short line is a heading or a dateline. */
    static final Pattern END = Pattern.compile("[.!?؟…:;\"”»')\\]]\\s*$");

    private static final Lexicon EN = new Lexicon(
            set("said says say told according announced announces reported reports claimed claims stated states"
                    + " confirmed confirms denied denies warned estimated estimates revealed insisted noted declared"
                    + " added accused showed shows found"),
            set("most least best worst largest biggest highest lowest greatest smallest fastest more less fewer"
                    + " than record double doubled tripled higher lower larger bigger increase increased decrease"
                    + " decreased rise rose risen fell fallen drop dropped only first"),
            set("because caused causes cause due result resulted led leads therefore consequence thanks"),
            set("january february march april may june july august september october november december monday"
                    + " tuesday wednesday thursday friday saturday sunday yesterday today tonight year years month"
                    + " months week weeks day days decade century ago"),
            set("hundred hundreds thousand thousands million millions billion billions trillion dozen dozens"
                    + " half quarter one two three four five six seven eight nine ten twenty thirty forty fifty"),
            set("rate rates average percentage per capita majority unemployment inflation gdp budget deficit"
                    + " debt tax taxes poll survey statistics"),
            set("ministry minister government president administration congress senate parliament army police"
                    + " court council committee agency bank company university organization union nations"),
            set("i we my our me us"));

    private static final Lexicon AR = new Lexicon(
            set("قال قالت يقول تقول أعلن أعلنت يعلن أكد أكدت يؤكد أضاف أضافت أشار أشارت صرح صرحت ذكر ذكرت"
                    + " وفق وفقا بحسب حسب نقلا أفاد أفادت كشف كشفت نفى نفت اتهم اتهمت بيان أوضح أوضحت تصريح"
                    + " تصريحات أظهرت أظهر نقل نقلت مصدر مصادر المتحدث الناطق يصرح تصرح تعلن"),
            set("أكثر أقل أكبر أصغر أعلى أدنى أفضل أسوأ أول أضعاف ضعف ارتفع ارتفعت ارتفاع انخفض انخفضت"
                    + " انخفاض تراجع تراجعت زيادة قياسي قياسية أعلى أسرع الأكبر الأكثر الأقل فقط"),
            set("بسبب نتيجة أدى أدت يؤدي بفضل لذلك إثر جراء بعد تسبب تسببت"),
            set("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار"
                    + " نيسان أيار حزيران تموز آب أيلول تشرين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"
                    + " الساعة ساعة عام العام سنة أمس اليوم يوم أيام شهر أشهر أسبوع الماضي الماضية"),
            set("مئة مائة مئات ألف آلاف ألفا مليون ملايين مليار مليارات عشرات نصف ربع ثلث واحد اثنان ثلاثة"
                    + " أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرين ثلاثين أربعين خمسين"),
            set("نسبة معدل متوسط إحصاء إحصائيات استطلاع غالبية أغلبية البطالة التضخم الموازنة العجز الديون"),
            set("وزارة وزير الوزير رئيس الرئيس حكومة الحكومة منظمة الأمم جيش الجيش شركة البنك مجلس برلمان"
                    + " البرلمان محكمة الشرطة الخارجية الدفاع وكالة جامعة السلطات"),
            set("أنا نحن"));

    private static final Lexicon FR = new Lexicon(
            set("selon déclaré déclare affirmé affirme annoncé annonce indiqué indique précisé précise estime"
                    + " estimé dit confirmé confirme démenti dément assuré assure expliqué explique ajouté ajoute"
                    + " accusé accuse révélé montré montre"),
            set("plus moins meilleur meilleure pire record premier première seul seule davantage hausse baisse"
                    + " augmenté diminué doublé triplé supérieur inférieur"),
            set("parce cause raison grâce donc entraîné provoqué conséquence suite"),
            set("janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi"
                    + " mercredi jeudi vendredi samedi dimanche hier aujourd'hui an ans année années mois semaine"
                    + " semaines jour jours heure heures"),
            set("cent cents mille million millions milliard milliards dizaine dizaines centaine centaines moitié"
                    + " deux trois quatre cinq six sept huit neuf dix vingt trente quarante cinquante"),
            set("taux moyenne pourcentage majorité chômage inflation pib budget déficit dette sondage"
                    + " statistiques"),
            set("ministère ministre gouvernement président présidente assemblée sénat parlement armée police"
                    + " tribunal conseil commission agence banque entreprise université organisation nations"),
            set("je nous mon ma mes notre nos"));

    private TextCues() {
    }

    /** The reasons a sentence in {@code language} (a BCP 47 tag) shows; languages without a lexicon get fewer. */
    public static EnumSet<Reason> reasons(String sentence, String language) {
        return analyse(sentence, language).reasons;
    }

    static Analysis analyse(String sentence, String language) {
        String text = normalize(sentence);
        Lexicon lexicon = lexicon(language);
        List<String> words = words(text);
        EnumSet<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (hasDigit(text)) { // the patterns below only matter then: most sentences skip them
            String withoutDates = NUMERIC_DATE.matcher(CLOCK.matcher(text).replaceAll(" ")).replaceAll(" ");
            if (CLOCK.matcher(text).find() || NUMERIC_DATE.matcher(text).find() || YEAR.matcher(text).find()) {
                reasons.add(Reason.DATE_TIME);
            }
            if (hasDigit(YEAR.matcher(withoutDates).replaceAll(" "))) {
                reasons.add(Reason.NUMBER);
            }
        }
        if (hasPercent(text)) {
            reasons.add(Reason.STATISTIC);
        }
        if (QUOTED.matcher(text).find()) {
            reasons.add(Reason.QUOTE);
        }
        boolean firstPerson = false;
        if (lexicon != null) {
            for (String word : words) {
                for (String form : lexicon.forms(word)) {
                    int kinds = lexicon.kinds.getOrDefault(form, 0);
                    if (kinds != 0) {
                        firstPerson |= (kinds & Lexicon.FIRST_PERSON) != 0;
                        for (Reason r : Reason.values()) {
                            if ((kinds & (1 << r.ordinal())) != 0) {
                                reasons.add(r);
                            }
                        }
                    }
                }
            }
        }
        // only where capitals mark names (German capitalises every noun)
        if (lexicon != null && hasCapitalisedName(sentence)) {
            reasons.add(Reason.NAME);
        }
        return new Analysis(reasons, words, firstPerson, text.strip());
    }

    /** The regular expression only when a cheap look finds its stem: most sentences have none. */
    private static boolean hasPercent(String text) {
        return text.indexOf('%') >= 0 || text.indexOf('٪') >= 0 || ((text.contains("cent") || text.contains("الم"))
                && PERCENT.matcher(text).find());
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The inputs every model shares: one per reason, then form. Only these reach the model for languages without
     * n-gram weights, which is how French and other languages are scored.
     */
    static float[] abstractFeatures(Analysis a) {
        float[] x = new float[ABSTRACT_FEATURES];
        for (Reason r : a.reasons()) {
            x[r.ordinal()] = 1;
        }
        int i = Reason.values().length;
        String text = a.text();
        x[i] = text.endsWith("?") || text.endsWith("؟") ? 1 : 0;
        x[i + 1] = END.matcher(text).find() ? 0 : 1;
        x[i + 2] = a.wordCount() <= 4 ? 1 : 0;
        x[i + 3] = a.wordCount() > 4 && a.wordCount() <= 10 ? 1 : 0;
        x[i + 4] = a.wordCount() > 10 && a.wordCount() <= 25 ? 1 : 0;
        x[i + 5] = a.wordCount() > 25 ? 1 : 0;
        x[i + 6] = a.firstPerson() ? 1 : 0;
        x[i + 7] = URL.matcher(text).find() ? 1 : 0;
        x[i + 8] = Math.min(a.reasons().size(), 4) / 4f;
        x[i + 9] = 1; // a bias shared across languages
        return x;
    }

    /** Lower case, Arabic letters folded (hamza forms, ta marbuta, diacritics), Eastern digits made ASCII. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp >= 0x0660 && cp <= 0x0669) {
                b.append((char) ('0' + cp - 0x0660));
            } else if (cp >= 0x06F0 && cp <= 0x06F9) {
                b.append((char) ('0' + cp - 0x06F0));
            } else if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) {
                return; // diacritics and tatweel
            } else if (cp == 'أ' || cp == 'إ' || cp == 'آ') {
                b.append('ا');
            } else if (cp == 'ة') {
                b.append('ه');
            } else if (cp == 'ى') {
                b.append('ي');
            } else {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return b.toString();
    }

    static List<String> words(String normalized) {
        List<String> out = new ArrayList<>();
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(normalized.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (isWordChar(normalized.charAt(i))
                    || (normalized.charAt(i) == '\'' && i + 1 < n && Character.isLetter(normalized.charAt(i + 1))))) {
                i++;
            }
            if (i > start) {
                out.add(normalized.substring(start, i));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** A capitalised word after the first: "the Kremlin said", "Nikol Pashinyan", "selon l'Insee". */
    private static boolean hasCapitalisedName(String sentence) {
        int n = sentence.length();
        int i = 0;
        boolean first = true;
        while (i < n) {
            while (i < n && Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            if (!first && capitalised(sentence, start, i)) {
                return true;
            }
            first = false;
        }
        return false;
    }

    /** token [start, end) after opening quotes and a French elision (l', d', qu') starts Upper-lower. */
    private static boolean capitalised(String s, int start, int end) {
        int k = start;
        while (k < end && "\"“«('".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        for (String elision : ELISIONS) {
            if (s.startsWith(elision, k) && k + elision.length() < end) {
                k += elision.length();
                break;
            }
        }
        return k + 1 < end && Character.isUpperCase(s.charAt(k)) && Character.isLowerCase(s.charAt(k + 1));
    }

    private static final List<String> ELISIONS = List.of("l'", "d'", "L'", "D'", "qu'", "l’", "d’", "L’", "D’",
            "qu’");

    private static Lexicon lexicon(String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (lang.startsWith("en")) {
            return EN;
        }
        if (lang.startsWith("ar")) {
            return AR;
        }
        if (lang.startsWith("fr")) {
            return FR;
        }
        return null;
    }

    private static Set<String> set(String list) {
        return Set.copyOf(List.of(normalize(list).split(" ")));
    }

    /** What one reading of a sentence found; the model's inputs are all computed from it. */
    record Analysis(EnumSet<Reason> reasons, List<String> words, boolean firstPerson, String text) {
        int wordCount() {
            return words.size();
        }
    }

    /** One map from word to the reasons it shows (bits by {@link Reason#ordinal}), so a word costs one lookup. */
    private static final class Lexicon {

        static final int FIRST_PERSON = 1 << 30;

        final Map<String, Integer> kinds = new HashMap<>();

        Lexicon(Set<String> reporting, Set<String> comparison, Set<String> causal, Set<String> time,
                Set<String> quantity, Set<String> statistic, Set<String> institution, Set<String> firstPerson) {
            add(reporting, 1 << Reason.SOURCE.ordinal());
            add(comparison, 1 << Reason.COMPARISON.ordinal());
            add(causal, 1 << Reason.CAUSAL.ordinal());
            add(time, 1 << Reason.DATE_TIME.ordinal());
            add(quantity, 1 << Reason.NUMBER.ordinal());
            add(statistic, 1 << Reason.STATISTIC.ordinal());
            add(institution, 1 << Reason.NAME.ordinal());
            add(firstPerson, FIRST_PERSON);
        }

        private void add(Set<String> words, int bit) {
            for (String w : words) {
                kinds.merge(w, bit, (a, b) -> a | b);
            }
        }

        /** The word, and for Arabic without its clitics (و ف ب ل ال): "وأضافت" finds "أضافت". */
        List<String> forms(String word) {
            List<String> forms = new ArrayList<>(4);
            forms.add(word);
            String w = word;
            if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
                w = w.substring(1);
                forms.add(w);
            }
            if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل')) {
                forms.add(w.substring(1));
                if (w.startsWith("لل")) {
                    forms.add("ال" + w.substring(2));
                }
            }
            if (w.length() > 4 && w.startsWith("ال")) {
                forms.add(w.substring(2));
            }
            if (w.startsWith("بال") && w.length() > 5) {
                forms.add(w.substring(3));
            }
            return forms;
        }
    }
}
