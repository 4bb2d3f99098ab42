package org.factcheck.intake;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface texts of import by URL and watched stories (docs/import.md); Arabic in
 * {@code messages/imp_ar.properties}. Templates use {@code {imp:key}}.
 */
@MessageBundle("imp")
public interface ImportMessages {

    @Message("Import a story from its address")
    String from_url_title();

    @Message("The story's address (URL)")
    String url();

    @Message("Fetch the story")
    String fetch();

    @Message("Or paste the text, or upload a saved page")
    String or_paste();

    @Message("Check what was found, correct it, then import")
    String check();

    @Message("Title")
    String title();

    @Message("Outlet")
    String outlet();

    @Message("Author(s)")
    String authors();

    @Message("Published")
    String published();

    @Message("Last changed by the publisher")
    String modified();

    @Message("Language (BCP-47, e.g. ar, en, fr)")
    String language();

    @Message("Canonical address")
    String canonical();

    @Message("Text found, in paragraphs")
    String text_found();

    @Message("Import this story")
    String save();

    @Message("Open the article already imported")
    String open_existing();

    @Message("The page as imported")
    String original();

    @Message("Fetched on {date} from {url}. Shown without scripts, styles or outside images, in a sandbox.")
    String original_hint(String date, String url);

    @Message("Watched for changes by the publisher")
    String watched();

    @Message("Check for changes now")
    String check_now();

    @Message("Last checked: {date}")
    String last_checked(String date);

    @Message("unchanged")
    String check_same();

    @Message("changed by the publisher: a new revision was made")
    String check_changed();

    @Message("the page is gone")
    String check_gone();

    @Message("the check failed")
    String check_failed();

    @Message("Changed by the publisher, seen {date}")
    String changed_by_publisher(String date);

    @Message("Send to desk")
    String bookmarklet();

    @Message("Drag this link to your browser's bookmarks bar. On a news page, click it: the import form opens with the page's address filled in.")
    String bookmarklet_hint();
}
