package org.factcheck.text;

import java.util.Map;
import java.util.Set;

/**
 * The word lists behind {@link Segmenter}'s corrections, per language key (docs/segmentation.md says why each
 * correction exists). Kept apart from the rules that use them.
 */
final class SegmenterWords {

    private SegmenterWords() {
    }

    // Abbreviations after which ICU would break before a capitalised word. Kept short on purpose: every entry
    // that can also end a sentence ("Inc.", "etc.", "p.m.") would glue two real sentences together.
    static final Map<String, Set<String>> ABBREVIATIONS = Map.of(
            "en", Set.of("Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Gen.", "Gov.", "Sen.",
                    "Rep.", "Rev.", "Hon.", "Col.", "Lt.", "Capt.", "Sgt.", "Maj.", "Adm.", "Cmdr.", "Pres.", "Supt.",
                    "Det.", "Mt.", "Ft.", "vs.", "e.g.", "i.e.", "approx."),
            "fr", Set.of("MM.", "Mme.", "Mlle.", "Dr.", "Pr.", "Mgr.", "St.", "Ste.", "Gén.", "cf.", "p.",
                    "pp.", "env.", "av.", "apr.", "J.-C.", "n°."),
            "de", Set.of("Dr.", "Prof.", "Hr.", "Fr.", "St.", "Nr.", "Str.", "z.", "z.B.", "d.h.", "u.a.", "bzw.",
                    "ca.", "vgl.", "evtl.", "ggf.", "inkl."),
            "es", Set.of("Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Lic.", "Ing.", "Ud.", "Uds.", "EE.UU.", "pág.",
                    "núm.", "aprox."));

    // Abbreviations that only stand before a number ("No. 5", "p. 12", "Jan. 5, 2009"): elsewhere they are
    // ordinary words that may end a sentence ("He said no.").
    static final Map<String, Set<String>> NUMBER_ABBREVIATIONS = Map.of(
            "en", Set.of("No.", "Nos.", "no.", "Vol.", "vol.", "Art.", "art.", "Fig.", "fig.", "p.", "pp.", "ch.",
                    "Ch.", "para.", "Sec.", "sec.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
                    "Sept.", "Oct.", "Nov.", "Dec."),
            "fr", Set.of("p.", "pp.", "n°.", "no.", "No.", "art.", "Art.", "vol.", "chap.", "fig.", "t.", "tél.",
                    "Tél.", "janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc."));

    // ICU's own per-locale suppression lists (the "ss=standard" data) are read and used with our word-boundary
    // check, minus entries that are ordinary words or often end a sentence ("I met Joe.", "at 5 p.m.", "faux.").
    static final Set<String> ICU_SUPPRESSION_LANGS = Set.of("en", "fr");
    static final Set<String> ICU_SUPPRESSION_DENY = Set.of("Joe.", "Is.", "On.", "To.", "Go.", "All.",
            "In.", "Do.", "Up.", "By.", "Or.", "As.", "Act.", "Job.", "Link.", "Hat.", "Long.", "Card.", "Jam.",
            "Cap.", "Ex.", "Est.", "Id.", "Min.", "Lev.", "Pro.", "Ok.", "OK.", "Diff.", "Def.", "Lib.", "Mart.",
            "Var.", "Exec.", "exec.", "Misc.", "Alt.", "Abs.", "Cont.", "Comm.", "Org.", "Num.", "Phys.", "Sq.",
            "Yr.", "Mb.", "Gb.", "Kb.", "Hz.", "PC.", "DC.", "AD.", "AB.", "AA.", "Fn.", "Op.", "Adj.", "Adv.",
            "Etc.", "a.m.", "A.M.", "P.M.", "Inc.", "S.p.A.", "Ed.", "Fri.", "Ph.D.",
            // English months are names too ("I spoke to Jan."): NUMBER_ABBREVIATIONS has them, before a number
            "Jan.", "Feb.", "Mar.", "Jun.", "Aug.", "Sep.", "Sept.", "Nov.", "Dec.",
            "aux.", "sept.", "mer.", "jeu.", "sam.", "dir.", "ann.", "ven.", "lun.", "mar.", "dim.", "cam.", "dest.",
            "imm.", "voit.", "trav.", "anc.", "Desc.", "categ.", "syst.", "doc.", "config.", "graph.", "quart.",
            "niv.", "éval.", "ill.", "symb.", "synth.", "dict.", "indus.", "publ.", "ap.");

    // Capitalised words that begin sentences and never follow a title or an initial (see startsNewSentence).
    // Not "A" or "I" ("J. A. Smith"), "And" ("Mr. And Mrs. Smith") or "Who" ("Dr. Who"). French puts articles in
    // names ("M. Le Pen", "J.-M. Le Goff"): there they count only after a lower-case abbreviation ("env.").
    static final Map<String, Set<String>> SENTENCE_STARTERS = Map.of(
            "en", Set.of("The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "You", "His",
                    "Her", "Its", "Their", "Our", "My", "But", "So", "Yet", "However", "There", "Then", "Now",
                    "When", "While", "After", "Before", "If", "As", "In", "On", "At", "For", "Since", "Although",
                    "Meanwhile", "Also", "Still", "Instead", "Earlier", "Later", "According", "What", "Why",
                    "How", "Some", "Many", "Most", "Both", "Such", "During", "Despite", "Among", "Other", "Others",
                    "Each", "Every", "Neither", "Because", "Though", "Thus", "Therefore", "Moreover",
                    "Furthermore", "Nevertheless", "Nonetheless", "Until", "Once", "With", "Without", "Under",
                    "Unlike", "From", "Through", "Last", "Next", "Asked", "Today", "Yesterday"),
            "fr", Set.of("Le", "La", "Les", "Un", "Une", "Des", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous",
                    "Ce", "Cette", "Ces", "Cet", "Mais", "Puis", "Selon", "Pour", "En", "Dans", "Depuis", "Après",
                    "Avant", "Lors", "Au", "Aux", "Si", "Quand", "Alors", "Ainsi", "Pourtant", "Toutefois",
                    "Cependant", "Enfin"));

    // Words that belong to a time after "a.m."/"p.m." ("at 10 a.m. Tuesday", "5 p.m. EST"; continuesAfterTime).
    static final Map<String, Set<String>> TIME_FOLLOWERS = Map.of(
            "en", Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "EST", "EDT",
                    "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT", "PT", "GMT", "BST", "UTC", "CET",
                    "CEST"));

    // Company-name suffixes: no sentence begins with one, so "Samsung Electronics Co. Ltd. said" stays whole
    // although "Co." (which often ends a sentence: "Smith & Co.") is not an abbreviation for us.
    static final Map<String, Set<String>> COMPANY_SUFFIXES = Map.of(
            "en", Set.of("Ltd", "LLC", "Plc", "PLC", "plc", "GmbH", "Pty", "Corp"));

    // Verbs that attribute a quotation ('"Why now?" Smith asked.'; see continuesWithAttribution).
    static final Map<String, Set<String>> SAYING_VERBS = Map.of(
            "en", Set.of("said", "says", "asked", "asks", "replied", "replies", "added", "adds", "told", "tells",
                    "wrote", "writes", "shouted", "shouts", "cried", "exclaimed", "wondered", "insisted", "answered",
                    "continued", "explained", "noted", "recalled", "joked", "warned", "declared", "demanded",
                    "stated", "tweeted", "posted", "responded", "countered", "yelled", "chanted", "argued"));
}
