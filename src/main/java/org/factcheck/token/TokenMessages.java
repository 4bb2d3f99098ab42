package org.factcheck.token;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Interface texts of API tokens; Arabic in {@code messages/tok_ar.properties}. Templates use {@code {tok:key}}. */
@MessageBundle("tok")
public interface TokenMessages {

    @Message("API tokens")
    String title();

    @Message("Scripts call the API with a token: Authorization: Bearer <token>. A token acts as you, with your roles; "
            + "it cannot make tokens or change your password or two-factor sign-in.")
    String hint();

    @Message("Name")
    String name();

    @Message("Expires after (days, at most {max})")
    String expires_in(int max);

    @Message("Scope")
    String scope();

    @Message("Read only (GET)")
    String scope_read();

    @Message("Read and write")
    String scope_write();

    @Message("Create token")
    String create();

    @Message("Token")
    String prefix();

    @Message("Created")
    String created();

    @Message("Expires")
    String expires();

    @Message("Last used")
    String last_used();

    @Message("never")
    String never();

    @Message("Status")
    String status();

    @Message("active")
    String status_active();

    @Message("expired")
    String status_expired();

    @Message("revoked")
    String status_revoked();

    @Message("Revoke")
    String revoke();

    @Message("No tokens yet.")
    String none();

    @Message("Your new API token")
    String new_title();

    @Message("Copy it now: it is shown only this once. Only a hash of it is kept.")
    String new_hint();

    @Message("Back to the profile")
    String back();
}
