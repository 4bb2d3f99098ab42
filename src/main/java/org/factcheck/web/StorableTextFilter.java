package org.factcheck.web;

import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * {@link StorableText} for query parameters and form fields (URL-encoded and multipart), on every request before
 * any resource runs: 400 naming the parameter, as problem+json under {@code /api} and as the error page elsewhere.
 * Uploaded files are not checked here; their text is cleaned when it is imported (text/TextNormalizer).
 */
public class StorableTextFilter {

    /** After {@link CsrfFilter}: a forged request is refused as such, whatever it holds. */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 10)
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            requireAll(parameter.getKey(), parameter.getValue());
        }
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            requireName(name);
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem()) {
                    StorableText.require(name, value.getValue());
                }
            }
        }
    }

    private static void requireAll(String name, List<String> values) {
        requireName(name);
        for (String value : values) {
            StorableText.require(name, value);
        }
    }

    private static void requireName(String name) {
        String why = StorableText.whyNot(name);
        if (why != null) {
            throw StorableText.invalid(name, "(its name) " + why);
        }
    }
}
