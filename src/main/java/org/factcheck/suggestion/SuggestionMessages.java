package org.factcheck.suggestion;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface texts of suggested claims (docs/suggestions.md); Arabic in {@code messages/sug_ar.properties}.
 * Templates use {@code {sug:key}}; reasons have a key each, looked up as {@code {sug:message('reason_' + name)}}.
 */
@MessageBundle("sug")
public interface SuggestionMessages {

    @Message("Suggested claims ({count})")
    String panel_title(int count);

    @Message("Sentences the model finds worth checking, best first. Accept makes the sentence a claim; dismiss keeps it from being suggested again.")
    String panel_hint();

    @Message("No suggestions above the threshold.")
    String panel_empty();

    @Message("Suggested")
    String mark_label();

    @Message("Score")
    String score();

    @Message("Accept")
    String accept();

    @Message("Dismiss")
    String dismiss();

    @Message("Keys: a accepts, d dismisses the chosen suggestion.")
    String keys_hint();

    @Message("accepted a suggestion")
    String live_accepted();

    @Message("dismissed a suggestion")
    String live_dismissed();

    @Message("a number or quantity")
    String reason_number();

    @Message("a percentage or statistic")
    String reason_statistic();

    @Message("a named source saying something")
    String reason_source();

    @Message("a quotation")
    String reason_quote();

    @Message("a comparison or superlative")
    String reason_comparison();

    @Message("a date or time")
    String reason_date_time();

    @Message("a cause or effect")
    String reason_causal();

    @Message("a named person or institution")
    String reason_name();

    @Message("Suggestion model")
    String model_title();

    @Message("Retrain on the desk's decisions")
    String model_retrain();

    @Message("Also use the CheckThat! data (when the server has it)")
    String model_with_checkthat();

    @Message("Use this model")
    String model_use();

    @Message("Use the shipped model")
    String model_use_shipped();

    @Message("F1 on held-back desk examples")
    String model_desk_f1();

    @Message("In use")
    String model_active();

    @Message("Desk examples: {count}")
    String model_examples(int count);

    @Message("New model (not in use until chosen)")
    String model_candidate();

    @Message("New model")
    String model_new();

    @Message("Current model")
    String model_current();

    @Message("Shipped model (CheckThat! 2024, research use)")
    String model_shipped();

    @Message("Model")
    String model_description();

    @Message("Trained")
    String model_created();
}
