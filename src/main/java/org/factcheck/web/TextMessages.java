package org.factcheck.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface texts of text fidelity (docs/text-revisions.md): revisions, orphans, the sentence toolbar; Arabic in
 * {@code messages/txt_ar.properties}. Templates use {@code {txt:key}}. A bundle of its own: Quarkus 3.33's
 * generated resolver for {@link AppMessages} failed bytecode verification (VerifyError) once it held about 300
 * texts.
 */
@MessageBundle("txt")
public interface TextMessages {

    @Message("Revisions of the text")
    String rev_revisions();

    @Message("Correct the text")
    String rev_correct_text();

    @Message("Not in the current text")
    String orph_title();

    @Message("The text was corrected and these quoted words are no longer in it. Select the new words in the text (or give their offsets) and re-attach, or dismiss.")
    String orph_hint();

    @Message("From (offset)")
    String orph_start();

    @Message("To (offset)")
    String orph_end();

    @Message("Re-attach")
    String orph_reattach();

    @Message("Keep without a place in the text")
    String orph_dismiss_claim();

    @Message("Delete the note")
    String orph_dismiss_note();

    @Message("not in the text")
    String orph_badge();

    @Message("Sentence no.")
    String seg_sentence();

    @Message("Cut at (offset)")
    String seg_at();

    @Message("Split")
    String seg_split();

    @Message("Merge with the next")
    String seg_merge();

    @Message("Editors: click in a sentence where it should be cut, then Split; or click a sentence, then Merge with the next.")
    String seg_hint();

    @Message("Revision")
    String revs_number();

    @Message("By")
    String revs_by();

    @Message("When")
    String revs_when();

    @Message("Characters")
    String revs_length();

    @Message("From revision")
    String revs_from();

    @Message("To revision")
    String revs_to();

    @Message("Show the changes")
    String revs_show();

    @Message("Changes from revision {from} to revision {to}")
    String revs_changes(Object from, Object to);

    @Message("Inserted text is underlined (marked as inserted), deleted text struck through (marked as deleted); long unchanged passages are shortened with …")
    String revs_legend();

    @Message("The text has not been corrected since it was imported.")
    String revs_only_one();

    @Message("Back to the review")
    String revs_back();

    @Message("changes")
    String revs_compare_previous();

    @Message("Saving makes a new revision. Claims and notes follow their quoted words into the corrected text; those whose words are gone are kept and listed on the review page.")
    String text_hint();

    @Message("Article text")
    String text_label();

    @Message("Save as a new revision")
    String text_submit();

    @Message("text corrected")
    String live_article_revised();

    @Message("sentences changed")
    String live_sentences_changed();

    @Message("note re-attached")
    String live_annotation_updated();

    @Message("note deleted")
    String live_annotation_deleted();

    @Message("Sentence number (1–{count})")
    String rev_sentence_number(Object count);
}
