package org.factcheck.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface texts of the page layout (the top bar's menu button); Arabic in {@code messages/page_ar.properties}.
 * Templates use {@code {page:key}}. A bundle of its own for the same reason as {@link TextMessages}: the generated
 * resolver of {@link AppMessages} fails bytecode verification once it holds many more texts.
 */
@MessageBundle("page")
public interface PageMessages {

    /** The button that opens the top bar's links, search and account on narrow screens. */
    @Message("Menu")
    String menu();
}
