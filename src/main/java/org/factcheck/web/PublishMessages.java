package org.factcheck.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface texts about where a fact-check was published (ClaimReview's url); Arabic in
 * {@code messages/pub_ar.properties}. Templates use {@code {pub:key}}. A bundle of its own, as {@link TextMessages}.
 */
@MessageBundle("pub")
public interface PublishMessages {

    @Message("Fact-check published at")
    String published_at();

    @Message("Fact-check published with the article at")
    String published_with_article();

    @Message("Where the fact-check was published is not recorded: the ClaimReview names this desk's claim page as its url, which Google does not accept on the outlet's page. Record the address of the published fact-check.")
    String missing();

    @Message("Fact-check published at (address)")
    String label();

    @Message("This claim's fact-check published at (address)")
    String label_claim();

    @Message("Save the address")
    String save();

    @Message("The page that carries the ClaimReview snippet; leave empty to forget it.")
    String hint();
}
