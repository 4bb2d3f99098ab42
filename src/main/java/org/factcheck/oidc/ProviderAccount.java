package org.factcheck.oidc;

import java.util.List;

/** What the provider's ID token says about the person, read by {@link OidcPages}. */
public record ProviderAccount(String issuer, String subject, String username, String displayName,
        List<String> groups) {
}
