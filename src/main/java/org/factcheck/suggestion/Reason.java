package org.factcheck.suggestion;

/**
 * Why a sentence may be worth checking, in words an editor understands. Each reason is also an input of the model,
 * the same in every language, which is how French (no labelled data) is scored: see docs/suggestions.md.
 */
public enum Reason {
    /** A number or quantity: "49 soldiers", "30,000", "six thousand". */
    NUMBER,
    /** A percentage, rate or average. */
    STATISTIC,
    /** Someone named says something: "the ministry said", "according to". */
    SOURCE,
    /** Words in quotation marks. */
    QUOTE,
    /** A comparison or superlative: "more than", "the largest", "doubled". */
    COMPARISON,
    /** A date or a time: "on Tuesday", "at 09:00", "in 2020". */
    DATE_TIME,
    /** A cause or an effect: "because of", "led to". */
    CAUSAL,
    /** A named person or institution. */
    NAME;

    /** As the API names it, and its text's key after "reason_" in {@link SuggestionMessages}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
