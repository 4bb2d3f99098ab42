package org.factcheck.suggestion;

/** A labelled sentence: from CheckThat! files or from the desk's own decisions. */
public record Example(String text, String language, boolean worthChecking) {
}
