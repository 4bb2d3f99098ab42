package org.factcheck.web;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.factcheck.user.CurrentUser;

import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.HttpServerRequest;

/**
 * The interface language of this request: the user's choice on their profile, else the browser's Accept-Language
 * (ar* gives Arabic), else English. Templates reach it as {@code inject:ui} / {@code ui} for {@code <html lang dir>};
 * {@link UiTemplates} hands its locale to every template instance so {@code msg:} and dates follow it.
 */
@Named("ui")
@RequestScoped
public class UiLocale {

    public static final Set<String> SUPPORTED = Set.of("ar", "en");
    public static final String DEFAULT = "en";

    @Inject
    CurrentUser currentUser;
    @Inject
    HttpServerRequest request;

    private String lang;

    public String lang() {
        if (lang == null) {
            lang = resolve();
        }
        return lang;
    }

    public String dir() {
        return rtl() ? "rtl" : "ltr";
    }

    public boolean rtl() {
        return "ar".equals(lang());
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    private String resolve() {
        // the profile needs the database: not on an I/O thread (e.g. a 404 answered there), the browser decides then
        if (BlockingOperationControl.isBlockingAllowed()) {
            try {
                if (currentUser.loggedIn() && currentUser.get().locale != null) {
                    return currentUser.get().locale;
                }
            } catch (RuntimeException e) {
                // an inactive or vanished user: their page is an error page anyway, in the browser's language
            }
        }
        return fromAcceptLanguage(request == null ? null : request.getHeader("Accept-Language"));
    }

    /** The first supported language in the header, in order of preference (q values); English when none. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String primary = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
                if (SUPPORTED.contains(primary)) {
                    return primary;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header: fall back to the default
        }
        return DEFAULT;
    }
}
